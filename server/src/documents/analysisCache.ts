import type { Analysis, AnalysisOptions } from '../analysis/types';
import { analyze } from '../analysis/analyze';

export interface VersionedText {
  uri: string;
  version: number;
  getText(): string;
}

interface Entry {
  version: number;
  analysis: Analysis;
}

/**
 * One Analysis per open document, valid for exactly one version. Feature handlers ask for
 * the current analysis; an edit makes the next request recompute, and closing the
 * document frees it.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private options: AnalysisOptions = {}, private readonly run = analyze) {}

  get(document: VersionedText): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.analysis;
    const analysis = this.run(document.getText(), this.options);
    this.entries.set(document.uri, { version: document.version, analysis });
    return analysis;
  }

  /** The analysis of exactly this version, if it was computed already. */
  peek(uri: string, version: number): Analysis | undefined {
    const cached = this.entries.get(uri);
    return cached && cached.version === version ? cached.analysis : undefined;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  setOptions(options: AnalysisOptions): void {
    this.options = options;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
