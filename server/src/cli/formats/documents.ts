import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { DocumentFormatName } from '../args';
import { QUOTES_CSV_HEADER, quotesCsv } from './csv';
import { CONTRACT_VERSION, type DocumentResult, documentToJson } from './json';
import { toMarkdown } from './markdown';
import { ansiStyle, plainStyle, toText } from './text';

/**
 * An output format cut into pieces so that documents can be rendered one at a time (in a
 * worker thread, as each is analysed) and printed as soon as the ones before them are:
 *
 *   head + document(1) + separator + document(2) + … + tail(count)
 *
 * gives exactly the bytes of rendering all the documents at once.
 */
export interface DocumentFormat {
  head: string;
  document(result: DocumentResult): string;
  separator: string;
  tail(count: number): string;
}

export interface DocumentFormatOptions {
  /** ANSI colour in the text report. */
  color?: boolean;
  /** The knowledge the JSON and the brief show; default the built-in knowledge base. */
  knowledge?: KnowledgeBase;
}

/** Indentation of a document inside `{ "documents": [ … ] }` printed with two spaces per level. */
const DOCUMENT_INDENT = '    ';

export function documentFormat(name: DocumentFormatName, options: DocumentFormatOptions = {}): DocumentFormat {
  switch (name) {
    case 'json':
      // Same bytes as JSON.stringify({ version, documents }, null, 2) (see toJson): JSON
      // strings never hold a raw line break, so indenting every line is safe.
      return {
        head: `{\n  "version": ${CONTRACT_VERSION},\n  "documents": [`,
        document: r => `\n${DOCUMENT_INDENT}` + JSON.stringify(documentToJson(r, options.knowledge), null, 2).replace(/\n/g, `\n${DOCUMENT_INDENT}`),
        separator: ',',
        tail: count => (count ? '\n  ]\n}\n' : ']\n}\n'),
      };
    case 'markdown':
      return { head: '', document: r => toMarkdown([r], options.knowledge), separator: '\n---\n\n', tail: () => '' };
    case 'text': {
      const style = options.color ? ansiStyle : plainStyle;
      return { head: '', document: r => toText([r], style), separator: '\n', tail: () => '' };
    }
    case 'csv':
      return { head: QUOTES_CSV_HEADER, document: quotesCsv, separator: '', tail: () => '' };
  }
}
