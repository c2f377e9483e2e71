import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  WORKSPACE_INDEX_CHANGED_NOTIFICATION, WORKSPACE_PEOPLE_REQUEST,
  type WorkspaceIndexStatus, type WorkspacePeople, type WorkspacePerson, type WorkspacePersonFile,
} from '../../../server/src/protocol';
import { revealItemCommand } from './revealCommand';

const GROUPS: Array<[WorkspacePerson['type'], string, string]> = [
  ['person', 'People', 'person'],
  ['organization', 'Organisations', 'organization'],
];

export type WorkspaceNode =
  | { kind: 'wsGroup'; label: string; icon: string; people: WorkspacePerson[] }
  | { kind: 'wsPerson'; person: WorkspacePerson }
  | { kind: 'wsFile'; person: WorkspacePerson; file: WorkspacePersonFile }
  | { kind: 'wsMore'; count: number };

export function isWorkspaceNode(node: unknown): node is WorkspaceNode {
  return typeof node === 'object' && node !== null && String((node as { kind?: unknown }).kind).startsWith('ws');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "People & Organisations" in its "All articles" form: everyone the workspace index knows,
 * by type, with how many articles name them and how many quotes they have; each expands
 * to its articles, and clicking one opens it at the first mention.
 */
export class WorkspacePeopleTree implements vscode.TreeDataProvider<WorkspaceNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly statusChanged = new vscode.EventEmitter<WorkspaceIndexStatus | undefined>();
  /** The index's status after each fetch, for the view's message. */
  readonly onDidChangeStatus = this.statusChanged.event;
  private data: WorkspacePeople | undefined;
  private failed = false;
  private hooked: { client: LanguageClient; subscription: vscode.Disposable } | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Whether the tree is on screen and in "All articles" mode: only then is it kept up to date. */
  active = false;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  get people(): WorkspacePeople | undefined {
    return this.data;
  }

  /** Whether the last fetch failed (no server). */
  get unavailable(): boolean {
    return this.failed;
  }

  /** Fetches the index again after `delay` ms (coalescing calls). */
  refreshSoon(delay = 0): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Called when the language client may have been replaced (a restart). */
  clientMayHaveChanged(): void {
    if (this.active && this.client() !== this.hooked?.client) this.refreshSoon(0);
  }

  async refresh(): Promise<void> {
    this.timer = undefined;
    const client = this.client();
    if (!client) return;
    this.listen(client);
    try {
      this.data = (await client.sendRequest<WorkspacePeople | null>(WORKSPACE_PEOPLE_REQUEST, {})) ?? undefined;
      this.failed = false;
    } catch {
      this.data = undefined;
      this.failed = true;
    }
    this.changed.fire();
    this.statusChanged.fire(this.data?.status);
  }

  /** Hears the server say that the index changed, once per client. */
  private listen(client: LanguageClient): void {
    if (this.hooked?.client === client) return;
    this.hooked?.subscription.dispose();
    const subscription = client.onNotification(WORKSPACE_INDEX_CHANGED_NOTIFICATION, (status: WorkspaceIndexStatus) => {
      if (this.active) this.refreshSoon(status.indexing ? 300 : 0);
    });
    this.hooked = { client, subscription };
  }

  getChildren(node?: WorkspaceNode): WorkspaceNode[] {
    const data = this.data;
    if (!data) return [];
    if (!node) {
      return GROUPS.map(([type, label, icon]) => ({ kind: 'wsGroup' as const, label, icon, people: data.entries.filter(e => e.type === type) }))
        .filter(g => g.people.length);
    }
    if (node.kind === 'wsGroup') return node.people.map(person => ({ kind: 'wsPerson' as const, person }));
    if (node.kind === 'wsPerson') {
      const files: WorkspaceNode[] = node.person.files.map(file => ({ kind: 'wsFile' as const, person: node.person, file }));
      return node.person.moreFiles ? [...files, { kind: 'wsMore', count: node.person.moreFiles }] : files;
    }
    return [];
  }

  getTreeItem(node: WorkspaceNode): vscode.TreeItem {
    switch (node.kind) {
      case 'wsGroup': {
        const item = new vscode.TreeItem(`${node.label} (${node.people.length})`, vscode.TreeItemCollapsibleState.Expanded);
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'wsPerson': {
        const p = node.person;
        const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Collapsed);
        const counts = [plural(p.articles, 'article'), p.quotes ? plural(p.quotes, 'quote') : ''].filter(Boolean).join(' · ');
        const role = p.roles.find(r => r !== 'author (byline)') ?? p.roles[0];
        // counts first: they are what this view adds, and a long role would hide them
        item.description = role ? `${counts} · ${role}` : counts;
        item.tooltip = tooltip(p);
        item.contextValue = 'dossierWorkspaceEntity';
        item.id = `ws:${p.type}:${p.knowledgeId ?? p.name.toLowerCase()}`;
        return item;
      }
      case 'wsFile': {
        const f = node.file;
        const uri = vscode.Uri.parse(f.uri);
        const item = new vscode.TreeItem(uri, vscode.TreeItemCollapsibleState.None);
        // the folder inside the workspace ("north/2025"); nothing for a workspace folder's root
        const parent = vscode.Uri.joinPath(uri, '..');
        const folder = vscode.workspace.asRelativePath(parent, true);
        const inWorkspace = folder !== parent.fsPath && folder !== parent.path && !vscode.workspace.workspaceFolders?.some(w => w.uri.toString() === parent.toString());
        const counts = `${f.mentions}×${f.quotes ? ` · ${plural(f.quotes, 'quote')}` : ''}`;
        item.description = [counts, inWorkspace ? folder : '', f.role ?? ''].filter(Boolean).join(' · ');
        item.iconPath = vscode.ThemeIcon.File;
        item.command = revealItemCommand(f.uri, f.range, 'Go to first mention');
        item.tooltip = `${node.person.name} in ${vscode.workspace.asRelativePath(uri)}: ${plural(f.mentions, 'mention')}, ${plural(f.quotes, 'quote')}`;
        return item;
      }
      case 'wsMore': {
        const item = new vscode.TreeItem(`${plural(node.count, 'more article')}`, vscode.TreeItemCollapsibleState.None);
        item.description = 'not listed';
        item.iconPath = new vscode.ThemeIcon('ellipsis');
        return item;
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.hooked?.subscription.dispose();
    this.changed.dispose();
    this.statusChanged.dispose();
  }
}

function tooltip(p: WorkspacePerson): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${escape(p.name)}**`);
  if (p.names.length > 1) md.appendMarkdown(` (also ${p.names.filter(n => n !== p.name).map(escape).join(', ')})`);
  md.appendMarkdown(`\n\n${plural(p.articles, 'article')} · ${plural(p.quotes, 'quote')} · ${plural(p.mentions, 'mention')}`);
  if (p.roles.length) md.appendMarkdown(`\n\nRoles: ${p.roles.slice(0, 8).map(escape).join('; ')}`);
  return md;
}

function escape(text: string): string {
  return text.replace(/[\\`*_[\]()<>#|]/g, ch => `\\${ch}`);
}
