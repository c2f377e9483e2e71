// `dossier.enrichment.*`: optional online lookups of names the knowledge base lacks.
// Pure: read by settings.ts from untrusted JSON, so every invalid value takes its default.

export const DEFAULT_ENRICHMENT_ENDPOINT = 'https://en.wikipedia.org/api/rest_v1/page/summary/';
export const DEFAULT_ENRICHMENT_TIMEOUT_MS = 3000;
export const MIN_ENRICHMENT_TIMEOUT_MS = 100;
export const MAX_ENRICHMENT_TIMEOUT_MS = 30_000;

export interface EnrichmentSettings {
  /** Off by default: when on, entity names are sent to `endpoint`. */
  enabled: boolean;
  /** A Wikipedia REST `page/summary/` URL (http or https), ending with a slash; the title is appended. */
  endpoint: string;
  /** Deadline for one lookup, body included, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_ENRICHMENT_SETTINGS: EnrichmentSettings = {
  enabled: false,
  endpoint: DEFAULT_ENRICHMENT_ENDPOINT,
  timeoutMs: DEFAULT_ENRICHMENT_TIMEOUT_MS,
};

export function normalizeEnrichmentSettings(raw: unknown): EnrichmentSettings {
  const r = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const timeout = r.timeoutMs;
  return {
    enabled: r.enabled === true,
    endpoint: normalizeEndpoint(r.endpoint) ?? DEFAULT_ENRICHMENT_ENDPOINT,
    timeoutMs: typeof timeout === 'number' && Number.isFinite(timeout)
      ? Math.min(MAX_ENRICHMENT_TIMEOUT_MS, Math.max(MIN_ENRICHMENT_TIMEOUT_MS, Math.floor(timeout)))
      : DEFAULT_ENRICHMENT_TIMEOUT_MS,
  };
}

/** An http(s) URL without credentials, query or fragment, ending with '/'; undefined for anything else. */
export function normalizeEndpoint(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) return undefined;
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
