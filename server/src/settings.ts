import type { ClaimCode } from './analysis/types';
import { DEFAULT_ENRICHMENT_SETTINGS, normalizeEnrichmentSettings, type EnrichmentSettings } from './knowledge/enrichmentSettings';

export type SeverityName = 'off' | 'hint' | 'information' | 'warning' | 'error';

export const CLAIM_CODES: ClaimCode[] = ['anonymous-source', 'vague-attribution', 'agentless-attribution', 'unsourced-statistic', 'unattributed-quote'];
const SEVERITIES: SeverityName[] = ['off', 'hint', 'information', 'warning', 'error'];

/** The server's settings: VS Code's `dossier.*` settings, or another editor's initializationOptions. */
export interface DossierSettings {
  sourcing: {
    severity: Record<ClaimCode, SeverityName>;
    /** Findings below this severity are not shown. */
    minimumSeverity: Exclude<SeverityName, 'off'>;
    /** Phrases the user treats as named sources ("a Foreign Office spokesman"). */
    namedSources: string[];
  };
  /** Documents longer than this (in characters) get only the cheap passes. */
  maxDocumentLength: number;
  semanticHighlighting: boolean;
  inlayHints: boolean;
  /** `dossier.glossary.userFile`: a user-level glossary file (a path, `~/…` or a file: URI), or '' for none. */
  glossary: { userFile: string };
  /** `dossier.enrichment.*`: Wikipedia lookups for names the knowledge base lacks (off by default). */
  enrichment: EnrichmentSettings;
}

export const DEFAULT_SETTINGS: DossierSettings = {
  sourcing: {
    severity: {
      'anonymous-source': 'information',
      'vague-attribution': 'information',
      'agentless-attribution': 'hint',
      'unsourced-statistic': 'information',
      'unattributed-quote': 'information',
    },
    minimumSeverity: 'hint',
    namedSources: [],
  },
  maxDocumentLength: 1_000_000,
  semanticHighlighting: true,
  inlayHints: true,
  glossary: { userFile: '' },
  enrichment: DEFAULT_ENRICHMENT_SETTINGS,
};

/** Reads settings from untrusted JSON: every value that is missing or invalid takes its default. */
export function normalizeSettings(raw: unknown): DossierSettings {
  const r = isObject(raw) ? raw : {};
  const sourcing = isObject(r.sourcing) ? r.sourcing : {};
  const rawSeverity = isObject(sourcing.severity) ? sourcing.severity : {};
  const severity = { ...DEFAULT_SETTINGS.sourcing.severity };
  for (const code of CLAIM_CODES) {
    const v = rawSeverity[code];
    if (typeof v === 'string' && (SEVERITIES as string[]).includes(v)) severity[code] = v as SeverityName;
  }
  const min = sourcing.minimumSeverity;
  const minimumSeverity = typeof min === 'string' && (SEVERITIES as string[]).includes(min) && min !== 'off'
    ? (min as DossierSettings['sourcing']['minimumSeverity'])
    : DEFAULT_SETTINGS.sourcing.minimumSeverity;
  const namedSources = Array.isArray(sourcing.namedSources)
    ? sourcing.namedSources.filter((s): s is string => typeof s === 'string' && s.trim().length > 0 && s.length < 200)
    : [];
  const max = r.maxDocumentLength;
  const maxDocumentLength = typeof max === 'number' && Number.isFinite(max) && max >= 1000 ? Math.floor(max) : DEFAULT_SETTINGS.maxDocumentLength;
  const enabled = (v: unknown) => (isObject(v) && typeof v.enabled === 'boolean' ? v.enabled : true);
  const userFile = isObject(r.glossary) && typeof r.glossary.userFile === 'string' && r.glossary.userFile.length < 4096 ? r.glossary.userFile.trim() : '';
  return { sourcing: { severity, minimumSeverity, namedSources }, maxDocumentLength, semanticHighlighting: enabled(r.semanticHighlighting), inlayHints: enabled(r.inlayHints), glossary: { userFile }, enrichment: normalizeEnrichmentSettings(r.enrichment) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
