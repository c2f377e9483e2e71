// Optional online enrichment (off by default): a person, organisation or place the knowledge
// base lacks is looked up by name in Wikipedia's REST summary endpoint. A lookup never
// blocks a hover: `summary()` answers from memory or the disk cache at once and, on a miss,
// queues one background fetch for the title; the next hover shows what it found.
//
// Limits: one fetch per title at a time, at most 2 in flight, at most 50 waiting (the oldest
// dropped first), a deadline per fetch, 100 KB per answer, JSON only, http(s) only. Summaries
// and "no such page" are kept 30 days; failures are logged once per title, not written to
// disk, and retried only after a pause.

import { readLimited } from '../net/readLimited';
import type { Entity } from '../analysis/types';
import { EnrichmentDiskCache, type CacheRecord, type EnrichedSummary, type EnrichmentResult } from './enrichmentCache';

export type { EnrichedSummary } from './enrichmentCache';

export const MAX_IN_FLIGHT = 2;
export const MAX_QUEUE = 50;
export const MAX_RESPONSE_BYTES = 100 * 1024;
export const CACHE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A failed lookup is not tried again for this long. */
export const RETRY_AFTER_MS = 10 * 60 * 1000;
const MAX_REDIRECTS = 3;
const MAX_MEMORY_RECORDS = 2000;
const MAX_EXTRACT = 800;
const MAX_DESCRIPTION = 200;

export interface EnrichmentOptions {
  /** The summary endpoint, ending with '/': the title is appended. */
  endpoint: string;
  timeoutMs: number;
  /** Directory of the disk cache; none keeps the cache in memory only. */
  cacheDir?: string;
  /** Told about failures (once per title) and cache write errors. */
  log?: (message: string) => void;
  /** The fetch implementation (tests); default the global fetch, looked up at each call. */
  fetch?: typeof fetch;
  now?: () => number;
  userAgent?: string;
  maxInFlight?: number;
  maxQueue?: number;
  maxBytes?: number;
  ttlMs?: number;
  retryAfterMs?: number;
}

/** The title looked up for an entity, or undefined when the entity is not looked up at all. */
export function titleFor(entity: Entity): string | undefined {
  if (entity.knowledgeId) return undefined;
  if (entity.type !== 'person' && entity.type !== 'organization' && entity.type !== 'place') return undefined;
  const name = entity.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > 100 || !/\p{L}/u.test(name)) return undefined;
  // characters no Wikipedia title may contain, and control characters
  if (/[#<>[\]|{}\p{Cc}]/u.test(name)) return undefined;
  // a surname alone names too many people: only full names of people are looked up
  if (entity.type === 'person' && name.split(' ').length < 2) return undefined;
  return name;
}

/** The request URL for a title: spaces become underscores, everything else is percent-encoded. */
export function summaryUrl(endpoint: string, title: string): string {
  return endpoint + encodeURIComponent(title.replace(/ /g, '_'));
}

interface Job {
  key: string;
  title: string;
  endpoint: string;
}

export class WikipediaEnrichment {
  private endpoint: string;
  private timeoutMs: number;
  private readonly disk: EnrichmentDiskCache | undefined;
  private readonly memory = new Map<string, CacheRecord>();
  private readonly failedAt = new Map<string, number>();
  private readonly logged = new Set<string>();
  private readonly pending = new Set<string>();
  private readonly queue: Job[] = [];
  private readonly inFlight = new Map<string, AbortController>();
  private idleWaiters: Array<() => void> = [];
  private pumpScheduled = false;
  /** Requests started since creation (tests and logs). */
  requests = 0;

  constructor(private readonly options: EnrichmentOptions) {
    this.endpoint = options.endpoint;
    this.timeoutMs = options.timeoutMs;
    this.disk = options.cacheDir ? new EnrichmentDiskCache(options.cacheDir) : undefined;
  }

  /** For hovers: the summary for an entity if one is known now; on a miss, schedules a lookup. */
  readonly lookup = (entity: Entity): EnrichedSummary | undefined => {
    const title = titleFor(entity);
    return title ? this.summary(title) : undefined;
  };

  /** The summary for a title if known now (fresh or stale); schedules a lookup when missing or stale. */
  summary(title: string): EnrichedSummary | undefined {
    const endpoint = this.endpoint;
    const key = `${endpoint}\n${title}`;
    let record = this.memory.get(key);
    if (!record && this.disk && !this.pending.has(key) && !this.recentlyFailed(key)) {
      record = this.disk.read(endpoint, title);
      if (record) this.remember(key, record);
    }
    if (!record || this.now() - record.fetchedAt > this.ttl) this.schedule({ key, title, endpoint });
    return record?.result.kind === 'found' ? record.result.summary : undefined;
  }

  /** A new endpoint or deadline: what is queued for the old endpoint is dropped. */
  configure(endpoint: string, timeoutMs: number): void {
    if (endpoint !== this.endpoint) this.cancelAll();
    this.endpoint = endpoint;
    this.timeoutMs = timeoutMs;
  }

  /** Drops the queue and aborts the fetches in flight (enrichment was turned off). */
  cancelAll(): void {
    for (const job of this.queue.splice(0)) this.pending.delete(job.key);
    for (const controller of this.inFlight.values()) controller.abort();
    this.settleIfIdle();
  }

  /** Resolves when nothing is queued or in flight and the cache writes are done. */
  async idle(): Promise<void> {
    if (this.pending.size) await new Promise<void>(resolve => this.idleWaiters.push(resolve));
    await this.disk?.flushed();
  }

  get queued(): number {
    return this.queue.length;
  }

  private get ttl(): number {
    return this.options.ttlMs ?? CACHE_TTL_MS;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private recentlyFailed(key: string): boolean {
    const at = this.failedAt.get(key);
    return at !== undefined && this.now() - at < (this.options.retryAfterMs ?? RETRY_AFTER_MS);
  }

  private remember(key: string, record: CacheRecord): void {
    this.memory.delete(key);
    this.memory.set(key, record);
    if (this.memory.size > MAX_MEMORY_RECORDS) this.memory.delete(this.memory.keys().next().value!);
  }

  private schedule(job: Job): void {
    if (this.pending.has(job.key) || this.recentlyFailed(job.key)) return;
    this.pending.add(job.key);
    this.queue.push(job);
    // the newest hovers matter most: past the cap, the oldest waiting lookup is dropped
    while (this.queue.length > (this.options.maxQueue ?? MAX_QUEUE)) this.pending.delete(this.queue.shift()!.key);
    this.pumpSoon();
  }

  /** Starts fetches after the current request is answered: even the first fetch's set-up is not the hover's. */
  private pumpSoon(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight.size < (this.options.maxInFlight ?? MAX_IN_FLIGHT) && this.queue.length) {
      const job = this.queue.shift()!;
      const controller = new AbortController();
      this.inFlight.set(job.key, controller);
      this.requests++;
      void this.run(job, controller).finally(() => {
        this.inFlight.delete(job.key);
        this.pending.delete(job.key);
        this.pump();
        this.settleIfIdle();
      });
    }
  }

  private async run(job: Job, controller: AbortController): Promise<void> {
    const outcome = await fetchSummary(summaryUrl(job.endpoint, job.title), {
      timeoutMs: this.timeoutMs, maxBytes: this.options.maxBytes ?? MAX_RESPONSE_BYTES, signal: controller.signal,
      fetch: this.options.fetch, userAgent: this.options.userAgent,
    });
    if (outcome.kind === 'error') {
      if (controller.signal.aborted && !outcome.timedOut) return; // cancelled: not a failure of the title
      this.failedAt.set(job.key, this.now());
      if (this.failedAt.size > MAX_MEMORY_RECORDS) this.failedAt.delete(this.failedAt.keys().next().value!);
      if (!this.logged.has(job.key) && this.logged.size < MAX_MEMORY_RECORDS) {
        this.logged.add(job.key);
        this.options.log?.(`Wikipedia lookup of “${job.title}” failed (${outcome.reason}); it is tried again in a while.`);
      }
      return;
    }
    this.failedAt.delete(job.key);
    const record: CacheRecord = { version: 1, endpoint: job.endpoint, title: job.title, fetchedAt: this.now(), result: outcome };
    this.remember(job.key, record);
    if (this.disk) void this.disk.write(record, message => this.options.log?.(message));
  }

  private settleIfIdle(): void {
    if (this.pending.size) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

export type FetchOutcome = EnrichmentResult | { kind: 'error'; reason: string; timedOut?: boolean };

export interface FetchSummaryOptions {
  timeoutMs: number;
  maxBytes?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  userAgent?: string;
}

/** One lookup: never throws; what went wrong is in the outcome. */
export async function fetchSummary(input: string, options: FetchSummaryOptions): Promise<FetchOutcome> {
  const maxBytes = options.maxBytes ?? MAX_RESPONSE_BYTES;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { kind: 'error', reason: 'invalid address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'error', reason: `${url.protocol} addresses are not fetched` };
  const doFetch = options.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    for (let redirects = 0; ; redirects++) {
      response = await doFetch(url.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: {
          accept: 'application/json',
          'user-agent': options.userAgent ?? 'Dossier (news reading language server)',
          'api-user-agent': options.userAgent ?? 'Dossier (news reading language server)',
        },
      });
      if (![301, 302, 303, 307, 308].includes(response.status)) break;
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location || redirects >= MAX_REDIRECTS) return { kind: 'error', reason: location ? 'too many redirects' : `HTTP ${response.status} without a location` };
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return { kind: 'error', reason: 'redirected to an invalid address' };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { kind: 'error', reason: `redirected to a ${next.protocol} address` };
      url = next;
    }
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'missing', reason: 'not-found' };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: `HTTP ${response.status}` };
    }
    const mime = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (mime !== 'application/json') {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: `not JSON (${mime || 'no content type'})` };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: `answer larger than ${maxBytes} bytes` };
    }
    const body = await readLimited(response, maxBytes);
    if (!body) return { kind: 'error', reason: `answer larger than ${maxBytes} bytes` };
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(body));
    } catch {
      return { kind: 'error', reason: 'invalid JSON' };
    }
    return parseSummary(json) ?? { kind: 'error', reason: 'not a page summary' };
  } catch (e) {
    if (timedOut) return { kind: 'error', reason: `no answer within ${options.timeoutMs} ms`, timedOut: true };
    if (options.signal?.aborted) return { kind: 'error', reason: 'cancelled' };
    const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
    return { kind: 'error', reason: cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e)) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The parts of a summary answer Dossier keeps, as plain text: title, extract, description and
 * the desktop page URL. HTML fields (`extract_html`, `displaytitle`) are never read. A
 * disambiguation page or a page with no extract counts as no usable page.
 */
export function parseSummary(json: unknown): EnrichmentResult | undefined {
  if (!isObject(json)) return undefined;
  const titles = isObject(json.titles) ? json.titles : {};
  const title = plain(typeof titles.normalized === 'string' ? titles.normalized : json.title, 200);
  if (json.type === 'disambiguation') return { kind: 'missing', reason: 'ambiguous' };
  const extract = plain(json.extract, MAX_EXTRACT);
  if (!title) return undefined;
  if (!extract) return { kind: 'missing', reason: 'no-extract' };
  const summary: EnrichedSummary = { title, extract };
  const description = plain(json.description, MAX_DESCRIPTION);
  if (description) summary.description = description;
  const urls = isObject(json.content_urls) && isObject(json.content_urls.desktop) ? json.content_urls.desktop : {};
  const page = webUrl(urls.page);
  if (page) summary.url = page;
  return { kind: 'found', summary };
}

/** A string as one line of plain text, at most `max` characters (cut at a sentence or word end). */
function plain(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  // bidirectional overrides could make the text read differently from what it says
  const text = value.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentence = cut.search(/[.!?](?=\s[^.!?]*$)/);
  if (sentence > max / 2) return cut.slice(0, sentence + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max).trimEnd()}…`;
}

function webUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
