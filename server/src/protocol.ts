// Custom requests between the Dossier client and server, beyond LSP. Types only: the client
// imports this file, so it must not import anything that runs.
import type { Range } from 'vscode-languageserver-types';

export const OVERVIEW_REQUEST = 'dossier/overview';
export const BRIEF_REQUEST = 'dossier/brief';

export interface OverviewParams {
  textDocument: { uri: string };
}

export interface OverviewEntity {
  id: string;
  name: string;
  type: string;
  role?: string;
  mentions: number;
  quotes: number;
  /** Where the article introduces it. */
  range: Range;
  /** The same Markdown card the hover shows. */
  card: string;
}

export interface OverviewQuote {
  text: string;
  kind: string;
  speaker?: string;
  speakerName?: string;
  cue?: string;
  range: Range;
}

export interface OverviewFinding {
  code: string;
  text: string;
  message: string;
  range: Range;
}

/** What the side views, the status bar and the quote commands show for one document. */
export interface Overview {
  uri: string;
  version: number;
  entities: OverviewEntity[];
  quotes: OverviewQuote[];
  findings: OverviewFinding[];
  /** Set when the document was too long for the full analysis. */
  partial?: string;
}

export interface BriefParams {
  textDocument: { uri: string };
}

export interface BriefResult {
  markdown: string;
}
