import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, isServed } from './languageClient';
import { OverviewStore } from './overviewStore';
import type { Overview } from '../../server/src/protocol';
import { goToQuote, pickQuoteBySpeaker } from './commands/quoteNavigation';
import { BRIEF_SCHEME, BriefProvider, showReadingBrief } from './commands/readingBrief';
import { PeopleTree } from './views/peopleTree';
import { registerPeopleView } from './views/peopleView';
import { QuotesTree } from './views/quotesTree';
import { REVEAL_COMMAND, revealRange } from './views/revealCommand';
import { createStatusBar } from './statusBar';
import { registerSourcingActions, sendIgnoredFindings } from './commands/sourcingActions';
import { openArticleFromUrl } from './commands/openArticleFromUrl';
import { analyseSelection } from './commands/analyseSelection';

let client: LanguageClient | undefined;

/**
 * What `activate()` returns (the extension's `exports`): read-only access to the views'
 * data, for the in-editor tests. Not a public API.
 */
export interface DossierTestApi {
  /** The overview of the active article, as the views and the status bar show it. */
  overview(): Overview | undefined;
  peopleTree: PeopleTree;
  quotesTree: QuotesTree;
  /** How long activate() took, in ms (the language server starts after it returns). */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<DossierTestApi> {
  const activationStarted = Date.now();
  const output = vscode.window.createOutputChannel('Dossier', { log: true });
  const store = new OverviewStore(() => client);
  const briefs = new BriefProvider();
  const peopleTree = new PeopleTree(store);
  const quotesTree = new QuotesTree(store);
  context.subscriptions.push(
    output,
    store,
    createStatusBar(store),
    ...registerPeopleView(context, peopleTree, store, () => client),
    vscode.window.registerTreeDataProvider('dossier.quotes', quotesTree),
    vscode.workspace.registerTextDocumentContentProvider(BRIEF_SCHEME, briefs),
    vscode.commands.registerCommand('dossier.restartServer', () => restart(context, output, store)),
    vscode.commands.registerCommand('dossier.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('dossier.nextQuote', () => goToQuote(store, 1)),
    vscode.commands.registerCommand('dossier.previousQuote', () => goToQuote(store, -1)),
    vscode.commands.registerCommand('dossier.quotesBySpeaker', () => pickQuoteBySpeaker(store)),
    vscode.commands.registerCommand('dossier.showReadingBrief', () => showReadingBrief(client, briefs)),
    vscode.commands.registerCommand('dossier.openArticleFromUrl', (url?: unknown) => openArticleFromUrl(url)),
    vscode.commands.registerCommand('dossier.analyseSelection', () => analyseSelection()),
    vscode.commands.registerCommand(REVEAL_COMMAND, revealRange),
    ...registerSourcingActions(context, () => client),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dossier.languages')) void restart(context, output, store);
    }),
    vscode.window.onDidChangeActiveTextEditor(updateServedContext),
  );
  updateServedContext(vscode.window.activeTextEditor);
  // the server starts in the background: activation returns at once, and features answer
  // as soon as the server is ready
  const activated = Date.now() - activationStarted;
  start(context, output, store).then(
    () => output.info(`Dossier activated in ${activated} ms; language server ready after ${Date.now() - activationStarted} ms.`),
    e => output.error(`The Dossier language server did not start: ${e instanceof Error ? e.message : String(e)}`),
  );
  return { overview: () => store.overview, peopleTree, quotesTree, activationMs: activated };
}

/** The context key that enables quote keybindings and palette entries in served editors. */
function updateServedContext(editor: vscode.TextEditor | undefined): void {
  void vscode.commands.executeCommand('setContext', 'dossier.servedEditor', !!editor && isServed(editor.document));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function start(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, store: OverviewStore): Promise<void> {
  client = createClient(context, output);
  await client.start();
  sendIgnoredFindings(client, context.workspaceState);
  store.refreshSoon(0);
}

async function restart(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, store: OverviewStore): Promise<void> {
  output.info('Restarting the Dossier language server…');
  const old = client;
  client = undefined;
  await old?.stop().catch(e => output.warn(`The old server did not stop cleanly: ${e}`));
  await start(context, output, store);
}
