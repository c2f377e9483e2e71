// Fetches one web page for "Open Article from URL…": http(s) only, redirects followed up to
// a limit (each one checked), a deadline for the whole exchange, a size limit enforced
// while the body streams in, and HTML only. No vscode imports: unit-tested on its own.
import { readLimited } from '../../../server/src/net/readLimited';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export type FetchErrorCode =
  | 'invalid-url'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'http-status'
  | 'too-many-redirects'
  | 'not-html'
  | 'too-large';

/** A failure the user is told about, in words meant for them. */
export class PageFetchError extends Error {
  constructor(readonly code: FetchErrorCode, message: string) {
    super(message);
    this.name = 'PageFetchError';
  }
}

export interface FetchPageOptions {
  /** Deadline for the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Cancels the fetch (the user pressed Cancel). */
  signal?: AbortSignal;
  /** The fetch implementation (tests); default the global fetch. */
  fetch?: typeof fetch;
}

export interface FetchedPage {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the page was finally served from, after redirects. */
  url: string;
  contentType: string;
  html: string;
  bytes: number;
  redirects: number;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses a user's URL: http or https only. Throws PageFetchError('invalid-url'). */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new PageFetchError('invalid-url', `“${input.trim()}” is not a URL. Enter an address starting with https:// or http://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PageFetchError('invalid-url', `Only http and https addresses can be opened, not ${url.protocol.replace(/:$/, '')}.`);
  }
  if (url.username || url.password) throw new PageFetchError('invalid-url', 'Addresses with a user name or password are not opened.');
  return url;
}

/** Fetches an HTML page within the limits, or throws a PageFetchError saying why not. */
export async function fetchPage(input: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const doFetch = options.fetch ?? fetch;
  let url = parseHttpUrl(input);

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const why = (e: unknown): PageFetchError => {
    if (e instanceof PageFetchError) return e;
    if (timedOut) return new PageFetchError('timeout', `${url.host} did not answer within ${Math.round(timeoutMs / 1000)} seconds.`);
    if (options.signal?.aborted) return new PageFetchError('cancelled', 'Cancelled.');
    return new PageFetchError('network', `Could not reach ${url.host}: ${networkReason(e)}.`);
  };

  try {
    let response: Response;
    let redirects = 0;
    for (;;) {
      response = await doFetch(url.href, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'Dossier (VS Code extension; article reader)' },
      });
      if (!REDIRECTS.has(response.status)) break;
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) throw new PageFetchError('http-status', `${url.host} answered ${response.status} (a redirect) without saying where to.`);
      if (++redirects > maxRedirects) throw new PageFetchError('too-many-redirects', `${url.host} redirected more than ${maxRedirects} times; the page was not opened.`);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new PageFetchError('http-status', `${url.host} redirected to an invalid address.`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new PageFetchError('invalid-url', `${url.host} redirected to a ${next.protocol.replace(/:$/, '')} address, which is not opened.`);
      }
      url = next;
    }

    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PageFetchError('http-status', `${url.host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
    }
    const contentType = response.headers.get('content-type') ?? '';
    const mime = contentType.split(';')[0].trim().toLowerCase();
    if (mime && !HTML_TYPES.has(mime)) {
      await response.body?.cancel().catch(() => undefined);
      throw new PageFetchError('not-html', `${url.href} is not a web page (it is ${mime}); only HTML articles can be opened.`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new PageFetchError('too-large', `The page is larger than ${formatBytes(maxBytes)} (${formatBytes(declared)}); it was not opened.`);
    }
    const body = await readLimited(response, maxBytes);
    if (!body) throw new PageFetchError('too-large', `The page at ${url.host} is larger than ${formatBytes(maxBytes)}; it was not opened.`);
    if (!mime && !looksLikeHtml(body)) throw new PageFetchError('not-html', `${url.href} did not say what it is and does not look like a web page.`);
    const html = decode(body, contentType);
    return { requestedUrl: input.trim(), url: url.href, contentType, html, bytes: body.byteLength, redirects };
  } catch (e) {
    throw why(e);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function looksLikeHtml(body: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(body.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body') || head.startsWith('<!--');
}

/** Decodes the body: the charset from the header, else from a meta tag, else UTF-8. */
function decode(body: Uint8Array, contentType: string): string {
  const declared = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(new TextDecoder('latin1').decode(body.subarray(0, 4096)))?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body); // a charset Node does not know
  }
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name was not found';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'the connection was reset';
  if (code && /CERT|SSL|TLS/i.test(code)) return 'its security certificate was not accepted';
  return cause?.message ?? (e instanceof Error ? e.message : String(e));
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}
