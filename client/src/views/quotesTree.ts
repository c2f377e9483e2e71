import * as vscode from 'vscode';
import type { OverviewFinding, OverviewQuote } from '../../../server/src/protocol';
import type { OverviewStore } from '../overviewStore';
import { revealItemCommand, safeTooltip } from './revealCommand';

type Node =
  | { kind: 'speaker'; label: string; quotes: OverviewQuote[]; unattributed: boolean }
  | { kind: 'quote'; quote: OverviewQuote }
  | { kind: 'findings'; findings: OverviewFinding[] }
  | { kind: 'finding'; finding: OverviewFinding };

/** "Quotes": who said what in the active article, by speaker, then its sourcing findings. */
export class QuotesTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: OverviewStore) {
    store.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: Node): Node[] {
    const overview = this.store.overview;
    if (!overview) return [];
    if (!node) {
      // by the server's grouping: speakers, unnamed speakers under their words ("Experts"); last, quotes with no speaker
      const bySpeaker = new Map<string, OverviewQuote[]>();
      for (const q of overview.quotes) bySpeaker.set(q.group, [...(bySpeaker.get(q.group) ?? []), q]);
      const speakers: Node[] = [...bySpeaker].filter(([k]) => k).map(([, quotes]) => ({
        kind: 'speaker', label: quotes[0].speakerName ?? quotes[0].speaker ?? '', quotes, unattributed: !quotes[0].speaker,
      }));
      const none = bySpeaker.get('');
      if (none) speakers.push({ kind: 'speaker', label: 'Unattributed', quotes: none, unattributed: true });
      if (overview.findings.length) speakers.push({ kind: 'findings', findings: overview.findings });
      return speakers;
    }
    if (node.kind === 'speaker') return node.quotes.map(quote => ({ kind: 'quote', quote }));
    if (node.kind === 'findings') return node.findings.map(finding => ({ kind: 'finding', finding }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = this.store.overview!.uri;
    switch (node.kind) {
      case 'speaker': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.quotes.length}`;
        item.iconPath = new vscode.ThemeIcon(node.unattributed ? 'question' : 'person');
        return item;
      }
      case 'quote': {
        const q = node.quote;
        const item = new vscode.TreeItem(q.kind === 'indirect' ? q.text : `“${q.text}”`, vscode.TreeItemCollapsibleState.None);
        item.description = [q.cue, q.kind === 'direct' ? '' : q.kind, `line ${q.range.start.line + 1}`].filter(Boolean).join(' · ');
        item.tooltip = q.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = revealItemCommand(uri, q.range, 'Go to quote');
        return item;
      }
      case 'findings': {
        const item = new vscode.TreeItem('Sourcing findings', vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${node.findings.length}`;
        item.iconPath = new vscode.ThemeIcon('warning');
        return item;
      }
      case 'finding': {
        const f = node.finding;
        const item = new vscode.TreeItem(f.text, vscode.TreeItemCollapsibleState.None);
        item.description = `${f.code} · line ${f.range.start.line + 1}`;
        item.tooltip = safeTooltip(f.message.replace(/[\\`*_[\]()<>#]/g, ch => `\\${ch}`));
        item.iconPath = new vscode.ThemeIcon('info');
        item.command = revealItemCommand(uri, f.range, 'Go to finding');
        return item;
      }
    }
  }
}
