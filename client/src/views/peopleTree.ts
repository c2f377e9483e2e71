import * as vscode from 'vscode';
import type { Overview, OverviewEntity } from '../../../server/src/protocol';
import type { OverviewStore } from '../overviewStore';
import { revealItemCommand, safeTooltip } from './revealCommand';

const GROUPS: Array<[string, string, string]> = [
  ['person', 'People', 'person'],
  ['organization', 'Organisations', 'organization'],
  ['place', 'Places', 'globe'],
  ['nationality', 'Nationalities and groups', 'account'],
  ['event', 'Events', 'calendar'],
];

type Node = { kind: 'group'; type: string; label: string; icon: string; entities: OverviewEntity[] } | { kind: 'entity'; entity: OverviewEntity };

/** "People & Organisations": the active article's entities by type, with role and counts. */
export class PeopleTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: OverviewStore) {
    store.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: Node): Node[] {
    const overview: Overview | undefined = this.store.overview;
    if (!overview) return [];
    if (!node) {
      return GROUPS.map(([type, label, icon]) => ({ kind: 'group' as const, type, label, icon, entities: overview.entities.filter(e => e.type === type) }))
        .filter(g => g.entities.length);
    }
    return node.kind === 'group' ? [...node.entities].sort((a, b) => b.mentions - a.mentions).map(entity => ({ kind: 'entity' as const, entity })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(`${node.label} (${node.entities.length})`, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.icon);
      return item;
    }
    const e = node.entity;
    const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.None);
    const counts = `${e.mentions}×${e.quotes ? ` · ${e.quotes} quote${e.quotes === 1 ? '' : 's'}` : ''}`;
    item.description = e.role ? `${e.role} · ${counts}` : counts;
    item.tooltip = safeTooltip(e.card);
    item.command = revealItemCommand(this.store.overview!.uri, e.range, 'Go to introduction');
    item.contextValue = 'dossierEntity';
    return item;
  }
}
