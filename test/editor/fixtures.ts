import * as path from 'node:path';
import * as vscode from 'vscode';

/** How long a test may wait for the extension and its language server to answer. */
export const SERVER_DEADLINE_MS = 45_000;

export const EXTENSION_ID = 'dossier.dossier';

/** The fixture workspace (test/fixtures/workspace) as opened by the launcher. */
export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the launcher must open test/fixtures/workspace');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceUri(), name);
}

export async function fixtureExists(name: string): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(fixtureUri(name));
    return true;
  } catch {
    return false;
  }
}

/** Opens a fixture article in an editor. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/** Position inside the `occurrence`-th (1-based) occurrence of `text` in the document. */
export function positionOf(document: vscode.TextDocument, text: string, occurrence = 1): vscode.Position {
  let index = -1;
  for (let i = 0; i < occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" occurs fewer than ${occurrence} times in ${path.basename(document.uri.path)}`);
  }
  return document.positionAt(index + Math.floor(text.length / 2));
}

/** The plain text of a hover's contents (markdown strings and marked strings alike). */
export function hoverText(hover: vscode.Hover): string {
  return hover.contents
    .map(part => (typeof part === 'string' ? part : part.value))
    .join('\n');
}
