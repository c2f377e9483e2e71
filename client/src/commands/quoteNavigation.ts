import * as vscode from 'vscode';
import type { OverviewQuote } from '../../../server/src/protocol';
import type { OverviewStore } from '../overviewStore';

/** Moves the selection to the next (or previous) quote, wrapping at the ends. */
export async function goToQuote(store: OverviewStore, direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  // Where the command was given, read before waiting for the server: from a selected
  // quote, forward starts after its end and backward before its start.
  const here = direction > 0 ? editor.selection.end : editor.selection.start;
  const overview = await store.fetch(editor.document);
  const quotes = overview?.quotes.filter(q => q.kind !== 'indirect') ?? [];
  if (!quotes.length) {
    void vscode.window.showInformationMessage(overview ? 'Dossier: this article has no quotes.' : 'Dossier: this file is not a served article (see the dossier.languages setting).');
    return;
  }
  const ranges = quotes.map(q => toRange(q));
  const target = direction > 0
    ? ranges.find(r => r.start.isAfter(here)) ?? ranges[0]
    : [...ranges].reverse().find(r => r.start.isBefore(here) && !r.contains(here)) ?? [...ranges].reverse().find(r => r.start.isBefore(here)) ?? ranges[ranges.length - 1];
  reveal(editor, target);
}

/** A quick pick of every quote, labelled by speaker. */
export async function pickQuoteBySpeaker(store: OverviewStore): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const overview = await store.fetch(editor.document);
  if (!overview?.quotes.length) {
    void vscode.window.showInformationMessage('Dossier: this article has no quotes.');
    return;
  }
  const items = [...overview.quotes]
    .sort((a, b) => (a.speakerName ?? '~').localeCompare(b.speakerName ?? '~') || a.range.start.line - b.range.start.line)
    .map(q => ({ label: q.speakerName ?? 'Unattributed', description: `${q.kind === 'indirect' ? '' : '“'}${short(q.text)}${q.kind === 'indirect' ? '' : '”'}`, detail: `line ${q.range.start.line + 1}${q.cue ? ` · ${q.cue}` : ''}`, quote: q }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Quotes by speaker', matchOnDescription: true });
  if (picked) reveal(editor, toRange(picked.quote));
}

export function toRange(q: Pick<OverviewQuote, 'range'>): vscode.Range {
  return new vscode.Range(q.range.start.line, q.range.start.character, q.range.end.line, q.range.end.character);
}

function reveal(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}
