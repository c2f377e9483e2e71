import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './documents/analysisCache';
import { hover } from './features/hover';
import type { Analysis } from './analysis/types';
import { builtinKnowledge } from './knowledge/knowledgeBase';

declare const DOSSIER_VERSION: string;

// Wiring only: capabilities, document sync, and one handler per feature that finds the
// cached Analysis and hands it to the feature's adapter.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new AnalysisCache();
const knowledge = builtinKnowledge();

connection.onInitialize((): InitializeResult => ({
  capabilities: {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
  },
  serverInfo: { name: 'dossier-ls', version: typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev' },
}));

/** The current document and its analysis, or undefined when the request is moot. */
function analysisFor(uri: string, token: CancellationToken): { document: TextDocument; analysis: Analysis } | undefined {
  const document = documents.get(uri);
  if (!document || token.isCancellationRequested) return undefined;
  return { document, analysis: cache.get(document) };
}

/** Runs a handler, turning an exception into a logged empty answer instead of a dead server. */
function guarded<P, R>(name: string, handler: (params: P, token: CancellationToken) => R | null): (params: P, token: CancellationToken) => R | null {
  return (params, token) => {
    try {
      return handler(params, token);
    } catch (e) {
      connection.console.error(`${name} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  };
}

connection.onHover(guarded('hover', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  if (!found) return null;
  const result = hover(found.analysis, found.document, found.document.offsetAt(params.position), knowledge);
  return token.isCancellationRequested ? null : result;
}));

documents.onDidClose(e => cache.delete(e.document.uri));

documents.listen(connection);
connection.listen();
