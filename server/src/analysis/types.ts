// The plain data the analysis core produces. No LSP or vscode types here: the CLI, the
// language server and the tests all read these shapes. Offsets are UTF-16 indices into
// the analysed text (JavaScript string indices), `end` exclusive.
import type { Gazetteer } from './entities/gazetteer';
import type { KnowledgeEntry } from '../knowledge/types';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** A block of text separated from its neighbours by a blank line or a line break. */
export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  /** Index into Analysis.paragraphs. */
  paragraph: number;
}

export type EntityType =
  | 'person'
  | 'organization'
  | 'place'
  | 'nationality'
  | 'event'
  | 'date'
  | 'money'
  | 'percent'
  | 'quantity'
  | 'other';

/** name: "Vladimir Putin", "Putin"; nominal: "the Russian leader"; pronoun: "he". */
export type MentionForm = 'name' | 'nominal' | 'pronoun';

export interface Mention extends TextSpan {
  form: MentionForm;
  /** Id of the entity this mention belongs to. */
  entity: string;
  /** Sentence index the mention lies in; -1 outside the prose (a Markdown front matter's author). */
  sentence: number;
}

export type RoleSource = 'title' | 'appositive' | 'relative' | 'copula' | 'byline';

/** A role the article itself gives an entity ("Kremlin spokesman"), with its span. */
export interface Role extends TextSpan {
  source: RoleSource;
}

export interface Entity {
  id: string;
  /** The fullest name form the article uses ("Dmitry Peskov", "United States"). */
  name: string;
  type: EntityType;
  mentions: Mention[];
  roles: Role[];
  /** Id of the knowledge-base entry this entity matched, if any. */
  knowledgeId?: string;
}

/** A term the knowledge base explains, where the article uses it. */
export interface TermMention extends TextSpan {
  knowledgeId: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** Entity id of the speaker, or null when the text names none. */
  speaker: string | null;
  /** The words naming the speaker where the attribution is made ("he", "the ministry"). */
  speakerText: string | null;
  speakerSpan: Span | null;
  /** The reporting verb or phrase ("said", "according to", ":"), never inside the quote. */
  cue: TextSpan | null;
  /** Index of the paragraph the quote lies in. */
  paragraph: number;
}

export type ClaimCode =
  | 'anonymous-source'
  | 'vague-attribution'
  | 'agentless-attribution'
  | 'unsourced-statistic'
  | 'unattributed-quote';

/** A place where the article's sourcing is anonymous, vague or missing. */
export interface Claim extends TextSpan {
  code: ClaimCode;
  message: string;
  /** The statement the flagged phrase sources (usually its sentence or clause). */
  claim: Span;
}

export interface Analysis {
  /** Length of the analysed text, so consumers can check spans. */
  length: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  claims: Claim[];
  /** Terms of the trade the knowledge base explains ("price cap", "armistice"). */
  terms: TermMention[];
  /** What the article says about itself (Markdown front matter): headline, byline, date, outlet, URL. */
  metadata?: ArticleMetadata;
}

/** An article's own metadata, as its front matter gives it. */
export interface ArticleMetadata {
  title?: string;
  author?: string;
  date?: string;
  outlet?: string;
  url?: string;
}

export interface AnalysisOptions {
  /** Text longer than this gets only the cheap passes (sentences and names). */
  maxFullAnalysisLength?: number;
  /**
   * `markdown`: analyse prose only (front matter, code, URLs, HTML and markup are skipped;
   * offsets still index the original text). Default `plain`.
   */
  format?: 'plain' | 'markdown';
  /**
   * Names to find instead of the built-in gazetteer's (for example with a user glossary merged
   * in). In-process only: a Gazetteer does not survive a copy to a worker thread; use `glossary` there.
   */
  gazetteer?: Gazetteer;
  /**
   * User glossary entries to merge into the built-in gazetteer when no `gazetteer` is given.
   * Plain data, so it can cross to a worker thread; the merged gazetteer is built once per glossary.
   */
  glossary?: KnowledgeEntry[];
}
