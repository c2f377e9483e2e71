import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OVERVIEW_REQUEST, type Overview } from '../../server/src/protocol';
import { isServed } from './languageClient';

/**
 * The overview (entities, quotes, findings) of the active article, refreshed a moment after
 * the article changes or another editor becomes active. Views and commands read it here.
 */
export class OverviewStore implements vscode.Disposable {
  private current: Overview | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly changed = new vscode.EventEmitter<Overview | undefined>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.document === vscode.window.activeTextEditor?.document) this.refreshSoon(400);
      }),
    );
  }

  get overview(): Overview | undefined {
    return this.current;
  }

  /** The overview of `document`, fetched now (for commands that need it fresh). */
  async fetch(document: vscode.TextDocument): Promise<Overview | undefined> {
    const client = this.client();
    if (!client || !isServed(document)) return undefined;
    try {
      return (await client.sendRequest<Overview | null>(OVERVIEW_REQUEST, { textDocument: { uri: document.uri.toString() } })) ?? undefined;
    } catch {
      return undefined;
    }
  }

  refreshSoon(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const next = document ? await this.fetch(document) : undefined;
    if (document && document !== vscode.window.activeTextEditor?.document) return; // the user moved on
    this.current = next;
    this.changed.fire(next);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
