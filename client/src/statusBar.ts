import * as vscode from 'vscode';
import type { OverviewStore } from './overviewStore';

/** "8 quotes · 4 sourcing" for the active article; opens the Quotes view. */
export function createStatusBar(store: OverviewStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Dossier';
  item.command = 'dossier.quotes.focus';
  const update = () => {
    const o = store.overview;
    if (!o) return item.hide();
    const quotes = o.quotes.filter(q => q.kind !== 'indirect').length;
    item.text = `$(quote) ${quotes} quote${quotes === 1 ? '' : 's'} · ${o.findings.length} sourcing`;
    item.tooltip = o.partial ?? `Dossier: ${quotes} quotes, ${o.findings.length} sourcing findings, ${o.entities.length} names. Click to open the Quotes view.`;
    item.show();
  };
  const subscription = store.onDidChange(update);
  return vscode.Disposable.from(item, subscription);
}
