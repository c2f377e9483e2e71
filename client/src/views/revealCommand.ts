import * as vscode from 'vscode';
import type { Range } from 'vscode-languageserver-types';

export const REVEAL_COMMAND = 'dossier.revealRange';

/** Opens `uri` and selects `range`: what clicking an item of a Dossier view does. */
export async function revealRange(uri: string, range: Range): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  editor.selection = new vscode.Selection(r.start, r.end);
  editor.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function revealItemCommand(uri: string, range: Range, title = 'Go to'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, range] };
}

/** A Markdown tooltip that renders article text but never runs commands or HTML. */
export function safeTooltip(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
