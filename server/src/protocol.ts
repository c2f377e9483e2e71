// Custom requests between the Dossier client and server, beyond LSP. Types only: the client
// imports this file, so it must not import anything that runs.
import type { Range } from 'vscode-languageserver-types';
import type { IndexEntry } from './cli/peopleIndex';

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
  /** What groups quotes under one speaker: the entity, else the words naming an unnamed one; empty for none. */
  group: string;
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

// The workspace index (server/src/workspace/): people and organisations across all articles.
export const WORKSPACE_PEOPLE_REQUEST = 'dossier/workspacePeople';
/** Server → client: the workspace index changed (a file indexed, changed or removed). Params: WorkspaceIndexStatus. */
export const WORKSPACE_INDEX_CHANGED_NOTIFICATION = 'dossier/workspaceIndexChanged';

export interface WorkspacePeopleParams {
  /** At most this many entries (default 2000); 0 for the status alone. */
  limit?: number;
}

export interface WorkspaceIndexStatus {
  /** Files are still being listed or analysed. */
  indexing: boolean;
  /** Files found so far, and how many of them are analysed. */
  total: number;
  indexed: number;
  /** Articles the index answers for: analysed files plus open documents. */
  articles: number;
}

/** One article a person or organisation appears in. */
export interface WorkspacePersonFile {
  uri: string;
  mentions: number;
  quotes: number;
  /** Where the article introduces them. */
  range: Range;
  role?: string;
}

/** One person or organisation across the articles (as `dossier people` groups them). */
export interface WorkspacePerson extends Omit<IndexEntry, 'files'> {
  /** The articles naming them: all of them in their order, or the 100 where they are quoted and mentioned most. */
  files: WorkspacePersonFile[];
  /** Articles left out of `files`. */
  moreFiles?: number;
}

export interface WorkspacePeople {
  status: WorkspaceIndexStatus;
  entries: WorkspacePerson[];
  /** Entries left out past the limit. */
  truncated?: number;
}
