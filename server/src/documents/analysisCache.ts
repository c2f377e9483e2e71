import type { Analysis, AnalysisOptions } from '../analysis/types';
import { IncrementalAnalyzer } from '../analysis/incremental/incrementalAnalyzer';
import { firstParagraphsOf } from './prefix';
import type { BackgroundAnalysis } from './backgroundAnalysis';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
  /** The document's language id: `markdown` documents are analysed as Markdown (prose only). */
  languageId?: string;
}

/** The analysis format for a document: from its language id, else from its file extension. */
export function formatOf(document: Pick<VersionedText, 'uri' | 'languageId'>): 'plain' | 'markdown' {
  if (document.languageId) return document.languageId === 'markdown' ? 'markdown' : 'plain';
  return /\.(?:md|markdown|mdown|mkd)$/i.test(document.uri) ? 'markdown' : 'plain';
}

interface Entry {
  version: number;
  analysis: Analysis;
  /** False while only the first part of a long document has been analysed. */
  complete: boolean;
}

export interface CacheLimits {
  /** Documents up to this length are analysed at once, in the request that needs them. */
  inline: number;
  /** Only this many characters of a document are ever analysed (dossier.maxDocumentLength). */
  max: number;
  /** The first part of a long document analysed and published before the rest. */
  firstPart: number;
}

export const DEFAULT_LIMITS: CacheLimits = { inline: 64_000, max: 1_000_000, firstPart: 64_000 };

/**
 * One Analysis per open document, valid for exactly one version. A short document is
 * analysed when a request needs it, incrementally: each open document has an
 * IncrementalAnalyzer that reuses what an edit left valid. A long one is analysed in the
 * background (where its analyzer lives), first part first, while requests on it answer
 * nothing. Closing a document frees its analysis and its analyzer.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, number>();
  private readonly analyzers = new Map<string, IncrementalAnalyzer>();
  private readonly listeners: Array<(uri: string, version: number) => void> = [];
  private limits: CacheLimits;

  /** `run`: how to analyse a text, when not with the document's IncrementalAnalyzer (tests). */
  constructor(private options: AnalysisOptions = {}, private readonly run?: (text: string, options: AnalysisOptions) => Analysis,
    private readonly background?: BackgroundAnalysis, limits: Partial<CacheLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** The analysis of this version, or undefined while a background analysis is under way. */
  get(document: VersionedText): Analysis | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const full = document.getText();
    const text = full.length > this.limits.max ? full.slice(0, firstParagraphsOf(full, this.limits.max)) : full;
    if (text.length <= this.limits.inline || !this.background?.available) {
      const options = { format: formatOf(document), ...this.options };
      const analysis = this.run ? this.run(text, options) : this.analyzerOf(document.uri).analyze(text, options);
      // (one analysed in the background until now is no longer: the worker can drop it)
      this.pending.delete(document.uri);
      this.background?.cancel(document.uri);
      this.entries.set(document.uri, { version: document.version, analysis, complete: true });
      return analysis;
    }
    // analysed in the background from now on, where the document has an analyzer of its own
    this.analyzers.delete(document.uri);
    if (this.pending.get(document.uri) !== document.version) {
      this.pending.set(document.uri, document.version);
      this.background.request({ key: `${document.uri}#${document.version}`, text, options: { format: formatOf(document), ...this.options }, firstPart: this.limits.firstPart });
    }
    return undefined;
  }

  /** Called by the background analysis with a first part or a whole analysis. */
  accept(key: string, analysis: Analysis, complete: boolean): void {
    const at = key.lastIndexOf('#');
    const uri = key.slice(0, at);
    const version = Number(key.slice(at + 1));
    if (this.pending.get(uri) !== version) return; // a newer version was requested, or the document closed
    if (complete) this.pending.delete(uri);
    this.entries.set(uri, { version, analysis, complete });
    for (const l of this.listeners) l(uri, version);
  }

  /** Whether the cached analysis of this version covers the whole document (or its first `max` characters). */
  isComplete(uri: string, version: number): boolean {
    const e = this.entries.get(uri);
    return !!e && e.version === version && e.complete;
  }

  onDidAnalyze(listener: (uri: string, version: number) => void): void {
    this.listeners.push(listener);
  }

  /** The analysis of exactly this version, if it was computed already. */
  peek(uri: string, version: number): Analysis | undefined {
    const cached = this.entries.get(uri);
    return cached && cached.version === version ? cached.analysis : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.pending.delete(uri);
    this.analyzers.delete(uri);
  }

  setOptions(options: AnalysisOptions, limits: Partial<CacheLimits> = {}): void {
    this.options = options;
    this.limits = { ...this.limits, ...limits };
    this.entries.clear();
    this.pending.clear();
    this.analyzers.clear();
  }

  private analyzerOf(uri: string): IncrementalAnalyzer {
    let a = this.analyzers.get(uri);
    if (!a) this.analyzers.set(uri, (a = new IncrementalAnalyzer()));
    return a;
  }

  get size(): number {
    return this.entries.size;
  }
}
