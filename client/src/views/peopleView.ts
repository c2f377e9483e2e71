import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceIndexStatus, WorkspacePeople } from '../../../server/src/protocol';
import type { OverviewStore } from '../overviewStore';
import type { PeopleTree } from './peopleTree';
import { isWorkspaceNode, WorkspacePeopleTree, type WorkspaceNode } from './workspacePeopleTree';

export type PeopleScope = 'article' | 'all';

/** The context key that shows the right toggle in the view's title bar. */
export const SCOPE_CONTEXT_KEY = 'dossier.people.scope';
const SCOPE_STATE_KEY = 'dossier.people.scope';
export const SHOW_ALL_COMMAND = 'dossier.people.showAll';
export const SHOW_ARTICLE_COMMAND = 'dossier.people.showArticle';

type ArticleNode = Parameters<PeopleTree['getChildren']>[0] & object;
type Node = ArticleNode | WorkspaceNode;

/**
 * "People & Organisations" with two scopes: "This article" (the active article's entities,
 * PeopleTree) and "All articles" (the workspace index, WorkspacePeopleTree). The scope is
 * remembered per workspace.
 */
export class PeopleView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private current: PeopleScope;

  constructor(private readonly article: PeopleTree, readonly all: WorkspacePeopleTree, private readonly state: vscode.Memento) {
    this.current = state.get<PeopleScope>(SCOPE_STATE_KEY) === 'all' ? 'all' : 'article';
    this.disposables.push(
      article.onDidChangeTreeData(() => { if (this.current === 'article') this.changed.fire(); }),
      all.onDidChangeTreeData(() => { if (this.current === 'all') this.changed.fire(); }),
    );
  }

  get scope(): PeopleScope {
    return this.current;
  }

  async setScope(scope: PeopleScope): Promise<void> {
    this.current = scope;
    await this.state.update(SCOPE_STATE_KEY, scope);
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    if (this.current === 'all') return node && !isWorkspaceNode(node) ? [] : this.all.getChildren(node);
    return node && isWorkspaceNode(node) ? [] : this.article.getChildren(node);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return isWorkspaceNode(node) ? this.all.getTreeItem(node) : this.article.getTreeItem(node);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** Registers the People & Organisations view with its "This article" / "All articles" toggle. */
export function registerPeopleView(context: vscode.ExtensionContext, article: PeopleTree, store: OverviewStore, client: () => LanguageClient | undefined): vscode.Disposable[] {
  const all = new WorkspacePeopleTree(client);
  const view = new PeopleView(article, all, context.workspaceState);
  const tree = vscode.window.createTreeView('dossier.people', { treeDataProvider: view, showCollapseAll: true });
  const update = () => {
    const scope = view.scope;
    all.active = scope === 'all' && tree.visible;
    tree.description = scope === 'all' ? 'All articles' : undefined;
    tree.message = scope === 'all' ? statusMessage(all.people?.status, all.people?.entries.length ?? 0, all.unavailable) : undefined;
    void vscode.commands.executeCommand('setContext', SCOPE_CONTEXT_KEY, scope);
  };
  /** Switches the scope; resolves with what "All articles" shows (the in-editor tests read it). */
  const show = async (scope: PeopleScope): Promise<WorkspacePeople | undefined> => {
    await view.setScope(scope);
    update();
    if (scope !== 'all') return undefined;
    await all.refresh();
    return all.people;
  };
  update();
  if (view.scope === 'all' && tree.visible) all.refreshSoon(500);
  return [
    view, all, tree,
    vscode.commands.registerCommand(SHOW_ALL_COMMAND, () => show('all')),
    vscode.commands.registerCommand(SHOW_ARTICLE_COMMAND, () => show('article')),
    tree.onDidChangeVisibility(() => {
      update();
      if (all.active) all.refreshSoon(0);
    }),
    all.onDidChangeStatus(() => update()),
    // after a server restart the new client is hooked up on the next fetch
    store.onDidChange(() => all.clientMayHaveChanged()),
  ];
}

function statusMessage(status: WorkspaceIndexStatus | undefined, entries: number, unavailable: boolean): string | undefined {
  if (unavailable) return 'The Dossier language server is not running.';
  if (!status) return 'Reading the workspace index…';
  if (status.indexing) return `Indexing articles… ${status.indexed} of ${status.total}`;
  if (!status.articles) return 'No articles found. Dossier indexes the workspace\'s .news files; the dossier.include setting chooses others.';
  if (!entries) return `No people or organisations in ${status.articles} article${status.articles === 1 ? '' : 's'}.`;
  return undefined;
}
