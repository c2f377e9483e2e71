import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection, DidChangeConfigurationNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './documents/analysisCache';
import { Debouncer } from './documents/debouncer';
import { hover } from './features/hover';
import { sourcingDiagnostics } from './features/diagnostics';
import { quoteOutline } from './features/symbols';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { definition, highlights, references } from './features/navigation';
import { inlayHints } from './features/inlayHints';
import { overview } from './features/overview';
import { readingBrief } from './brief/readingBrief';
import { BRIEF_REQUEST, OVERVIEW_REQUEST, type BriefParams, type BriefResult, type Overview, type OverviewParams } from './protocol';
import type { Analysis, ClaimCode } from './analysis/types';
import { builtinKnowledge } from './knowledge/knowledgeBase';
import { DEFAULT_SETTINGS, normalizeSettings, type DossierSettings } from './settings';

declare const DOSSIER_VERSION: string;

// Wiring only: capabilities, document sync, settings, and one handler per feature that
// finds the cached Analysis and hands it to the feature's adapter.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
/** The knowledge base, loaded on first use so that `initialize` is answered at once. */
const knowledge = () => builtinKnowledge();
let settings: DossierSettings = DEFAULT_SETTINGS;
let pullsConfiguration = false;
const refreshes = { semanticTokens: false, inlayHints: false };
const cache = new AnalysisCache({ maxFullAnalysisLength: settings.maxDocumentLength });
const validation = new Debouncer(250);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  pullsConfiguration = !!params.capabilities.workspace?.configuration;
  refreshes.semanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  refreshes.inlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  settings = normalizeSettings(params.initializationOptions);
  cache.setOptions({ maxFullAnalysisLength: settings.maxDocumentLength });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Dossier quotes' },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
    },
    serverInfo: { name: 'dossier-ls', version: typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dossier' });
    void refreshSettings();
  }
});

async function refreshSettings(): Promise<void> {
  if (pullsConfiguration) {
    try {
      settings = normalizeSettings(await connection.workspace.getConfiguration('dossier'));
    } catch (e) {
      connection.console.warn(`Could not read settings, keeping the previous ones: ${(e as Error).message}`);
    }
  }
  cache.setOptions({ maxFullAnalysisLength: settings.maxDocumentLength });
  for (const document of documents.all()) validate(document);
  if (refreshes.semanticTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (refreshes.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration(change => {
  if (!pullsConfiguration) settings = normalizeSettings((change.settings as { dossier?: unknown } | undefined)?.dossier ?? change.settings);
  void refreshSettings();
});

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
  const result = hover(found.analysis, found.document, found.document.offsetAt(params.position), knowledge());
  return token.isCancellationRequested ? null : result;
}));

connection.onDocumentSymbol(guarded('documentSymbol', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found && !token.isCancellationRequested ? quoteOutline(found.analysis, found.document) : null;
}));

connection.onDefinition(guarded('definition', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found ? definition(found.analysis, found.document, found.document.offsetAt(params.position)) : null;
}));

connection.onReferences(guarded('references', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found ? references(found.analysis, found.document, found.document.offsetAt(params.position), params.context?.includeDeclaration ?? true) : null;
}));

connection.onDocumentHighlight(guarded('documentHighlight', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found ? highlights(found.analysis, found.document, found.document.offsetAt(params.position)) : null;
}));

connection.languages.semanticTokens.on(guarded('semanticTokens', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found && settings.semanticHighlighting ? semanticTokens(found.analysis, found.document) : { data: [] };
}));

connection.languages.inlayHint.on(guarded('inlayHint', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found && settings.inlayHints ? inlayHints(found.analysis, found.document, params.range) : null;
}));

connection.onRequest(OVERVIEW_REQUEST, guarded<OverviewParams, Overview>('overview', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  return found ? overview(found.analysis, found.document, knowledge(), partialNotice(found.document)) : null;
}));

connection.onRequest(BRIEF_REQUEST, guarded<BriefParams, BriefResult>('brief', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  if (!found) return null;
  return { markdown: readingBrief(found.document.uri, found.document.getText(), found.analysis, knowledge()) };
}));

function partialNotice(document: TextDocument): string | undefined {
  return document.getText().length > settings.maxDocumentLength
    ? `This document is longer than ${settings.maxDocumentLength.toLocaleString('en')} characters (dossier.maxDocumentLength): only names were analysed; quotes and sourcing were skipped.`
    : undefined;
}

// Diagnostics: validated a moment after the last edit, published only for the version
// they were computed from, so they do not flicker while the user types.
const readme = join(__dirname, '..', 'README.md');
const docsUrl = (code: ClaimCode) => (existsSync(readme) ? `${pathToFileURL(readme).href}#${code}` : undefined);

function validate(document: TextDocument): void {
  validation.schedule(document.uri, () => {
    const current = documents.get(document.uri);
    if (!current) return;
    try {
      const analysis = cache.get(current);
      if (documents.get(current.uri)?.version !== current.version) return;
      void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: sourcingDiagnostics(analysis, current, settings, docsUrl) });
    } catch (e) {
      connection.console.error(`validation failed: ${(e as Error).stack ?? e}`);
    }
  });
}

documents.onDidOpen(e => validate(e.document));
documents.onDidChangeContent(e => validate(e.document));
documents.onDidClose(e => {
  validation.cancel(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
