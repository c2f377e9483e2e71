import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { BRIEF_REQUEST, type BriefResult } from '../../../server/src/protocol';
import { isServed } from '../languageClient';

export const BRIEF_SCHEME = 'dossier-brief';

/** Serves brief documents from memory, so they are never written to disk nor analysed as articles. */
export class BriefProvider implements vscode.TextDocumentContentProvider {
  private readonly briefs = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, markdown: string): void {
    this.briefs.set(uri.toString(), markdown);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.briefs.get(uri.toString()) ?? '';
  }
}

/** Opens the reading brief of the active article in a Markdown preview. */
export async function showReadingBrief(client: LanguageClient | undefined, provider: BriefProvider): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !client || !isServed(document)) {
    void vscode.window.showInformationMessage('Dossier: open a news article (.news, plain text or Markdown) to see its reading brief.');
    return;
  }
  const result = await client.sendRequest<BriefResult | null>(BRIEF_REQUEST, { textDocument: { uri: document.uri.toString() } });
  if (!result) return;
  const name = document.uri.path.split('/').pop() || 'article';
  const uri = vscode.Uri.from({ scheme: BRIEF_SCHEME, path: `/Brief - ${name}.md` });
  provider.set(uri, result.markdown);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}
