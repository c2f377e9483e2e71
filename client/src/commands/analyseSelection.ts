import * as vscode from 'vscode';

/**
 * "Dossier: Analyse Selection": opens the selected passage of any document as a new
 * untitled `news` document beside the current one, so that it is analysed like an article.
 * Several selections become paragraphs of one passage. Returns the new document, or
 * undefined when there is nothing selected (and says so).
 */
export async function analyseSelection(): Promise<vscode.TextDocument | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Dossier: open a document and select a passage to analyse.');
    return undefined;
  }
  const passages = [...editor.selections]
    .sort((a, b) => a.start.compareTo(b.start))
    .map(selection => editor.document.getText(selection).trim())
    .filter(text => text.length > 0);
  if (!passages.length) {
    void vscode.window.showInformationMessage('Dossier: select a passage first; Analyse Selection analyses the selected text as an article.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'news', content: `${passages.join('\n\n')}\n` });
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return document;
}
