import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  IGNORED_FINDINGS_NOTIFICATION, SOURCING_COMMANDS, WORKSPACE_TRUSTED_NOTIFICATION,
  type AddNamedSourceArgs, type DisableRuleArgs, type IgnoredFinding, type IgnoredFindingsParams, type IgnoreFindingArgs,
} from '../../../server/src/actionsProtocol';

// The client side of the sourcing quick fixes the server offers: it remembers findings the
// user ignored (per document, in workspace state, never in the article), writes settings,
// and opens the Problems panel. Command arguments come from the server's code actions.

const STATE_KEY = 'dossier.ignoredFindings';
const CODES = ['anonymous-source', 'vague-attribution', 'agentless-attribution', 'unsourced-statistic', 'unattributed-quote'];
const MAX_PER_DOCUMENT = 1000;

type IgnoredByUri = Record<string, IgnoredFinding[]>;

/** Findings ignored per document URI, kept in the workspace's state across restarts. */
export class IgnoredFindings {
  constructor(private readonly state: vscode.Memento) {}

  all(): IgnoredByUri {
    const raw = this.state.get<unknown>(STATE_KEY);
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as IgnoredByUri) : {};
  }

  get(uri: string): IgnoredFinding[] {
    const list = this.all()[uri];
    return Array.isArray(list) ? list : [];
  }

  /** Adds a finding; returns the document's whole list. */
  async add(uri: string, finding: IgnoredFinding): Promise<IgnoredFinding[]> {
    const all = this.all();
    const list = (Array.isArray(all[uri]) ? all[uri] : []).filter(e => !(e.code === finding.code && e.phrase === finding.phrase && e.claimText === finding.claimText));
    list.push({ code: finding.code, phrase: finding.phrase, claimText: finding.claimText });
    all[uri] = list.slice(-MAX_PER_DOCUMENT);
    await this.state.update(STATE_KEY, all);
    return all[uri];
  }

  /** Forgets a document's ignored findings; returns how many there were. */
  async clear(uri: string): Promise<number> {
    const all = this.all();
    const n = Array.isArray(all[uri]) ? all[uri].length : 0;
    delete all[uri];
    await this.state.update(STATE_KEY, Object.keys(all).length ? all : undefined);
    return n;
  }
}

/** Sends every remembered list to a (re)started server. */
export function sendIgnoredFindings(client: LanguageClient, state: vscode.Memento): void {
  const all = new IgnoredFindings(state).all();
  for (const [uri, entries] of Object.entries(all)) {
    if (Array.isArray(entries) && entries.length) void notify(client, { uri, entries });
  }
}

/** Registers the sourcing commands; `client` gives the running language client, if any. */
export function registerSourcingActions(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): vscode.Disposable[] {
  const store = new IgnoredFindings(context.workspaceState);
  return [
    vscode.commands.registerCommand(SOURCING_COMMANDS.ignoreFinding, async (args?: unknown) => {
      const finding = ignoreArgs(args);
      if (!finding) return;
      const entries = await store.add(finding.uri, finding);
      const c = client();
      if (c) await notify(c, { uri: finding.uri, entries });
      vscode.window.setStatusBarMessage('$(eye-closed) Dossier: finding ignored in this article', 4000);
    }),
    vscode.commands.registerCommand(SOURCING_COMMANDS.clearIgnoredFindings, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Dossier: open an article to clear the findings ignored in it.');
        return;
      }
      const uri = document.uri.toString();
      const n = await store.clear(uri);
      const c = client();
      if (c) await notify(c, { uri, entries: [] });
      void vscode.window.showInformationMessage(n
        ? `Dossier: ${n} ignored finding${n === 1 ? '' : 's'} in this article will show again.`
        : 'Dossier: no findings are ignored in this article.');
    }),
    vscode.commands.registerCommand(SOURCING_COMMANDS.disableRule, (args?: unknown) => disableRule(args)),
    vscode.commands.registerCommand(SOURCING_COMMANDS.addNamedSource, (args?: unknown) => addNamedSource(args)),
    vscode.commands.registerCommand(SOURCING_COMMANDS.showSourcingProblems, () => showProblems()),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      void client()?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION, {});
    }),
  ];
}

async function notify(client: LanguageClient, params: IgnoredFindingsParams): Promise<void> {
  try {
    await client.sendNotification(IGNORED_FINDINGS_NOTIFICATION, params);
  } catch {
    // the server is not running; it gets the list when it starts
  }
}

function ignoreArgs(args: unknown): IgnoreFindingArgs | undefined {
  const a = args as Partial<IgnoreFindingArgs> | undefined;
  if (!a || typeof a.uri !== 'string' || typeof a.code !== 'string' || !CODES.includes(a.code)) return undefined;
  if (typeof a.phrase !== 'string' || typeof a.claimText !== 'string') return undefined;
  return { uri: a.uri, code: a.code, phrase: a.phrase, claimText: a.claimText };
}

interface ScopeItem extends vscode.QuickPickItem {
  target: vscode.ConfigurationTarget;
}

/**
 * The settings scopes to offer: User, and Workspace when a folder is open. Not Workspace
 * Folder: the server reads settings for the whole window (workspace/configuration without
 * a scope URI), so a folder-level value would not take effect.
 */
function scopes(): ScopeItem[] {
  const items: ScopeItem[] = [{ label: 'User', description: 'in every workspace', target: vscode.ConfigurationTarget.Global }];
  if (vscode.workspace.workspaceFolders?.length) {
    items.push({ label: 'Workspace', description: vscode.workspace.name ? `only in ${vscode.workspace.name}` : 'only in this workspace', target: vscode.ConfigurationTarget.Workspace });
  }
  return items;
}

function parseUri(value: unknown): vscode.Uri | undefined {
  try {
    return typeof value === 'string' ? vscode.Uri.parse(value, true) : undefined;
  } catch {
    return undefined;
  }
}

const SCOPE_NAMES: Record<number, string> = {
  [vscode.ConfigurationTarget.Global]: 'User',
  [vscode.ConfigurationTarget.Workspace]: 'Workspace',
  [vscode.ConfigurationTarget.WorkspaceFolder]: 'Workspace Folder',
};

/** "Disable rule": asks where, then sets `dossier.sourcing.severity.<code>` to "off" there. */
async function disableRule(args: unknown): Promise<void> {
  const a = args as Partial<DisableRuleArgs> | undefined;
  if (!a || typeof a.code !== 'string' || !CODES.includes(a.code)) return;
  const code = a.code;
  const uri = parseUri(a.uri);
  const pick = await vscode.window.showQuickPick(scopes(), {
    title: `Disable the Dossier rule '${code}'`,
    placeHolder: 'Where should the rule be turned off?',
  });
  if (!pick) return;
  const config = vscode.workspace.getConfiguration('dossier.sourcing.severity', uri);
  const previous = valueAt(config.inspect<string>(code), pick.target);
  await config.update(code, 'off', pick.target);
  const undo = await vscode.window.showInformationMessage(`Dossier: the rule '${code}' is off in ${SCOPE_NAMES[pick.target]} settings.`, 'Undo', 'Open Settings');
  if (undo === 'Undo') await config.update(code, previous, pick.target);
  else if (undo === 'Open Settings') await vscode.commands.executeCommand('workbench.action.openSettings', `dossier.sourcing.severity.${code}`);
}

/** "Treat as a named source": adds the phrase to `dossier.sourcing.namedSources` (workspace, or user without a folder). */
async function addNamedSource(args: unknown): Promise<void> {
  const a = args as Partial<AddNamedSourceArgs> | undefined;
  const phrase = typeof a?.phrase === 'string' ? a.phrase.replace(/\s+/g, ' ').trim() : '';
  if (!phrase || phrase.length > 200) return;
  const uri = parseUri(a?.uri);
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration('dossier.sourcing', uri);
  const previous = valueAt(config.inspect<string[]>('namedSources'), target);
  const current = Array.isArray(previous) ? previous.filter(s => typeof s === 'string') : [];
  if (current.some(s => s.toLowerCase() === phrase.toLowerCase())) {
    void vscode.window.showInformationMessage(`Dossier: “${phrase}” is already a named source in ${SCOPE_NAMES[target]} settings.`);
    return;
  }
  await config.update('namedSources', [...current, phrase], target);
  const undo = await vscode.window.showInformationMessage(`Dossier: “${phrase}” now counts as a named source (${SCOPE_NAMES[target]} settings).`, 'Undo');
  if (undo === 'Undo') await config.update('namedSources', previous, target);
}

function valueAt<T>(inspected: { globalValue?: T; workspaceValue?: T; workspaceFolderValue?: T } | undefined, target: vscode.ConfigurationTarget): T | undefined {
  if (!inspected) return undefined;
  if (target === vscode.ConfigurationTarget.Global) return inspected.globalValue;
  if (target === vscode.ConfigurationTarget.Workspace) return inspected.workspaceValue;
  return inspected.workspaceFolderValue;
}

/**
 * Opens the Problems panel. VS Code has no command that sets the panel's filter text, so
 * Dossier's findings are not filtered out for the user; their source "Dossier" is what to type.
 */
async function showProblems(): Promise<void> {
  try {
    await vscode.commands.executeCommand('workbench.action.problems.focus');
  } catch {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}
