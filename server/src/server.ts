import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createConnection, DidChangeConfigurationNotification, MessageType, ShowMessageNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineIndexedDocuments } from './documents/lineIndexedDocument';
import { AnalysisCache } from './documents/analysisCache';
import { Debouncer } from './documents/debouncer';
import { BackgroundAnalysis } from './documents/backgroundAnalysis';
import { looksBinaryText } from './documents/binaryText';
import { hover } from './features/hover';
import { reportedClaims, sourcingDiagnostics } from './features/diagnostics';
import { quoteOutline } from './features/symbols';
import { LEGEND, semanticTokens } from './features/semanticTokens';
import { definition, highlights, references } from './features/navigation';
import { inlayHints } from './features/inlayHints';
import { overview } from './features/overview';
import { readingBrief } from './brief/readingBrief';
import { BRIEF_REQUEST, OVERVIEW_REQUEST, type BriefParams, type BriefResult, type Overview, type OverviewParams } from './protocol';
import type { Analysis, ClaimCode } from './analysis/types';
import { CodeActionKind, DidChangeWorkspaceFoldersNotification } from 'vscode-languageserver/node';
import type { AnalysisOptions } from './analysis/types';
import { ignoredMatcher, normalizeIgnored, sourcingCodeActions } from './features/codeActions';
import { GlossaryService } from './glossaryService';
import {
  IGNORED_FINDINGS_NOTIFICATION, WORKSPACE_TRUSTED_NOTIFICATION, type ClientInitializationOptions, type IgnoredFinding, type IgnoredFindingsParams,
} from './actionsProtocol';
import { DEFAULT_SETTINGS, normalizeSettings, type DossierSettings } from './settings';
import { EnrichmentService } from './enrichmentService';
import { CancellationToken as Cancellation } from 'vscode-languageserver/node';
import { WorkspaceIndexService } from './workspace/workspaceService';
import { WORKSPACE_PEOPLE_REQUEST, type WorkspacePeople, type WorkspacePeopleParams } from './protocol';
import { groupThousands } from './groupThousands';

declare const DOSSIER_VERSION: string;

// Wiring only: capabilities, document sync, settings, and one handler per feature that
// finds the cached Analysis and hands it to the feature's adapter.
const connection = createConnection(ProposedFeatures.all);
// a client that refuses a request (say, a message it cannot show) must not bring the server down
process.on('unhandledRejection', reason => connection.console.error(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
const documents = new TextDocuments(lineIndexedDocuments);
/** The knowledge base, loaded on first use so that `initialize` is answered at once; user glossaries merged in. */
const knowledge = () => glossaries.knowledge();
const glossaries = new GlossaryService(connection, onGlossaryChange);
/** Optional Wikipedia lookups for names the knowledge base lacks: off by default, never awaited by a hover. */
const enrichment = new EnrichmentService(message => connection.console.info(message), { userAgent: `Dossier/${typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev'} (news reading language server)` });
/** Findings the user ignored, per document (sent by the client, which remembers them). */
const ignored = new Map<string, IgnoredFinding[]>();
/** Whether the client implements the commands that sourcing quick fixes run. */
let clientCommands = false;
let workspaceFolderEvents = false;
/** What the client sent in `initialize`: the settings of editors that have no settings to pull. */
let initializationSettings: unknown;
let settings: DossierSettings = DEFAULT_SETTINGS;
let pullsConfiguration = false;
const refreshes = { semanticTokens: false, inlayHints: false };
const background = new BackgroundAnalysis(
  result => cache.accept(result.key, result.analysis, result.final),
  message => connection.console.error(message),
);
const cache = new AnalysisCache({}, undefined, background, { max: settings.maxDocumentLength });
const validation = new Debouncer(250);
/** People, organisations and quotes across the workspace's articles (workspace/symbol, dossier/workspacePeople). */
const workspaceIndex = new WorkspaceIndexService({ connection, documents, analysisOf: d => analysisFor(d.uri, Cancellation.None)?.analysis });
// a long document's first part, then the rest: publish what is known, refresh what shows it
cache.onDidAnalyze((uri, version) => {
  const document = documents.get(uri);
  if (document?.version === version) publishDiagnostics(document);
  if (refreshes.semanticTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  pullsConfiguration = !!params.capabilities.workspace?.configuration;
  refreshes.semanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  refreshes.inlayHints = !!params.capabilities.workspace?.inlayHint?.refreshSupport;
  initializationSettings = params.initializationOptions;
  settings = normalizeSettings(initializationSettings);
  glossaries.initialize(params);
  enrichment.initialize(params.initializationOptions, settings.enrichment);
  workspaceIndex.initialize(params);
  clientCommands = (params.initializationOptions as ClientInitializationOptions | undefined)?.clientCommands === true;
  workspaceFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
  cache.setOptions(analysisOptions(), { max: settings.maxDocumentLength });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      // the process id lets a client (and the in-editor tests) tell a restarted server apart
      experimental: { processId: process.pid },
      documentSymbolProvider: { label: 'Dossier quotes' },
      workspaceSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: true },
      inlayHintProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      ...(workspaceFolderEvents ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } } : {}),
    },
    serverInfo: { name: 'dossier-ls', version: typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev' },
  };
});

connection.onInitialized(() => {
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'dossier' });
    void refreshSettings();
  }
  if (workspaceFolderEvents) {
    connection.onNotification(DidChangeWorkspaceFoldersNotification.type, p => {
      glossaries.changeWorkspaceFolders(p.event.added.map(f => f.uri), p.event.removed.map(f => f.uri));
      workspaceIndex.changeWorkspaceFolders(p.event.added.map(f => f.uri), p.event.removed.map(f => f.uri));
    });
  }
  glossaries.setUserFile(settings.glossary.userFile);
  glossaries.start();
  workspaceIndex.setAnalysisOptions(analysisOptions(), settings.maxDocumentLength);
  workspaceIndex.start();
});

async function refreshSettings(): Promise<void> {
  if (pullsConfiguration) {
    try {
      // Editors other than VS Code often answer null when they hold no `dossier` section:
      // the initializationOptions then stay in force instead of falling back to defaults.
      const pulled: unknown = await connection.workspace.getConfiguration('dossier');
      settings = normalizeSettings(pulled ?? initializationSettings);
    } catch (e) {
      connection.console.warn(`Could not read settings, keeping the previous ones: ${(e as Error).message}`);
    }
  }
  glossaries.setUserFile(settings.glossary.userFile);
  enrichment.configure(settings.enrichment);
  cache.setOptions(analysisOptions(), { max: settings.maxDocumentLength });
  workspaceIndex.setAnalysisOptions(analysisOptions(), settings.maxDocumentLength);
  for (const document of documents.all()) validate(document);
  if (refreshes.semanticTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (refreshes.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeConfiguration(change => {
  if (!pullsConfiguration) settings = normalizeSettings((change.settings as { dossier?: unknown } | undefined)?.dossier ?? change.settings);
  void refreshSettings();
  workspaceIndex.onDidChangeConfiguration(change.settings);
});

/** What every analysis gets besides its text: the user glossaries' entries. */
function analysisOptions(): AnalysisOptions {
  const glossary = glossaries.entries();
  return glossary.length ? { glossary } : {};
}

/** The glossaries changed: analyse again with the new names and show what changed. */
function onGlossaryChange(): void {
  cache.setOptions(analysisOptions(), { max: settings.maxDocumentLength });
  workspaceIndex.setAnalysisOptions(analysisOptions(), settings.maxDocumentLength);
  for (const document of documents.all()) validate(document);
  if (refreshes.semanticTokens) connection.languages.semanticTokens.refresh().catch(() => undefined);
  if (refreshes.inlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
}

connection.onDidChangeWatchedFiles(params => {
  glossaries.onWatchedFiles(params);
  workspaceIndex.onWatchedFiles(params);
});
connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => {
  glossaries.trust();
  enrichment.trust();
});

// "Ignore here": the client remembers ignored findings per document and sends the list.
connection.onNotification(IGNORED_FINDINGS_NOTIFICATION, (params: IgnoredFindingsParams) => {
  if (typeof params?.uri !== 'string') return;
  const entries = normalizeIgnored(params.entries);
  if (entries.length) ignored.set(params.uri, entries);
  else ignored.delete(params.uri);
  const document = documents.get(params.uri);
  if (document) validate(document);
});

/** The current document and its analysis, or undefined when the request is moot. */
function analysisFor(uri: string, token: CancellationToken): { document: TextDocument; analysis: Analysis } | undefined {
  const document = documents.get(uri);
  if (!document || token.isCancellationRequested) return undefined;
  if (skipsAsBinary(document)) return undefined;
  const analysis = cache.get(document);
  return analysis && { document, analysis };
}

const binaryByUri = new Map<string, { version: number; binary: boolean }>();

/** A binary file opened by mistake is not analysed; Dossier says so once. */
function skipsAsBinary(document: TextDocument): boolean {
  let known = binaryByUri.get(document.uri);
  if (known?.version !== document.version) {
    known = { version: document.version, binary: looksBinaryText(document.getText()) };
    binaryByUri.set(document.uri, known);
    if (known.binary && !noticed.has(document.uri)) {
      noticed.add(document.uri);
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info, message: `Dossier skipped ${document.uri.split('/').pop()}: it looks like a binary file, not an article.`,
      });
    }
  }
  return known.binary;
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
  const result = hover(found.analysis, found.document, found.document.offsetAt(params.position), knowledge(), enrichment.lookup);
  return token.isCancellationRequested ? null : result;
}));

connection.onCodeAction(guarded('codeAction', (params, token) => {
  if (!clientCommands || token.isCancellationRequested || !documents.get(params.textDocument.uri)) return null;
  return sourcingCodeActions(params.textDocument.uri, params.context);
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
  if (!found) return null;
  const shown = reportedClaims(found.analysis, settings, ignoredMatcher(ignored.get(found.document.uri), found.document.getText()));
  return overview(found.analysis, found.document, knowledge(), partialNotice(found.document, found.analysis), shown);
}));

connection.onRequest(BRIEF_REQUEST, guarded<BriefParams, BriefResult>('brief', (params, token) => {
  const found = analysisFor(params.textDocument.uri, token);
  if (!found) return null;
  // the file's name, not its full path: the brief may be shared
  const name = decodeURIComponent(found.document.uri.split('/').pop() || found.document.uri);
  return { markdown: readingBrief(name, found.document.getText(), found.analysis, knowledge()) };
}));

connection.onWorkspaceSymbol(async (params, token) => {
  try {
    return await workspaceIndex.symbols(params, token);
  } catch (e) {
    connection.console.error(`workspaceSymbol failed: ${(e as Error).stack ?? e}`);
    return null;
  }
});

connection.onRequest(WORKSPACE_PEOPLE_REQUEST, async (params: WorkspacePeopleParams, token): Promise<WorkspacePeople | null> => {
  try {
    return await workspaceIndex.people(params, token);
  } catch (e) {
    connection.console.error(`workspacePeople failed: ${(e as Error).stack ?? e}`);
    return null;
  }
});

function partialNotice(document: TextDocument, analysis: Analysis): string | undefined {
  const total = document.getText().length;
  if (analysis.length >= total) return undefined;
  const name = document.uri.split('/').pop();
  return cache.isComplete(document.uri, document.version)
    ? `Dossier analysed the first ${groupThousands(analysis.length)} of ${groupThousands(total)} characters of ${name}: the rest is past the dossier.maxDocumentLength setting.`
    : `Dossier is still analysing ${name}: what it shows covers the first ${groupThousands(analysis.length)} characters so far.`;
}

// Diagnostics: validated a moment after the last edit, published only for the version
// they were computed from, so they do not flicker while the user types.
const readme = join(__dirname, '..', 'README.md');
const readmeUrl = existsSync(readme) ? pathToFileURL(readme).href : undefined;
const docsUrl = (code: ClaimCode) => (readmeUrl ? `${readmeUrl}#${code}` : undefined);

function validate(document: TextDocument): void {
  validation.schedule(document.uri, () => {
    const current = documents.get(document.uri);
    if (current) publishDiagnostics(current);
  });
}

/** Publishes the findings of the document's current analysis; a long one is published when it arrives. */
function publishDiagnostics(document: TextDocument): void {
  try {
    if (skipsAsBinary(document)) return;
    const analysis = cache.get(document);
    if (!analysis || documents.get(document.uri)?.version !== document.version) return;
    noticeIfPartial(document, analysis);
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: sourcingDiagnostics(analysis, document, settings, docsUrl, ignoredMatcher(ignored.get(document.uri), document.getText())) });
  } catch (e) {
    connection.console.error(`validation failed: ${(e as Error).stack ?? e}`);
  }
}

const noticed = new Set<string>();

/** Says once per document when only its first part is analysed (dossier.maxDocumentLength). */
function noticeIfPartial(document: TextDocument, analysis: Analysis): void {
  if (analysis.length >= document.getText().length || !cache.isComplete(document.uri, document.version) || noticed.has(document.uri)) return;
  noticed.add(document.uri);
  // a notification, not a request: nothing to wait for and nothing to fail
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: partialNotice(document, analysis)! });
}

documents.onDidOpen(e => validate(e.document));
documents.onDidChangeContent(e => validate(e.document));
documents.onDidClose(e => {
  validation.cancel(e.document.uri);
  background.cancel(e.document.uri);
  cache.delete(e.document.uri);
  noticed.delete(e.document.uri);
  binaryByUri.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

documents.listen(connection);
connection.listen();
