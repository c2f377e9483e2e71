import * as vscode from 'vscode';
import { fetchPage, PageFetchError, parseHttpUrl } from '../articleImport/fetchPage';

/**
 * "Dossier: Open Article from URL…": asks for a web address (or takes it as the command's
 * argument), fetches the page, extracts the article as plain text and opens it as a new
 * untitled `news` document. Any failure is one error message and no document.
 * Returns the opened document (for tests and other commands), or undefined.
 */
export async function openArticleFromUrl(urlArgument?: unknown): Promise<vscode.TextDocument | undefined> {
  const input = typeof urlArgument === 'string' && urlArgument.trim() ? urlArgument.trim() : await askForUrl();
  if (!input) return undefined;
  try {
    parseHttpUrl(input);
  } catch (e) {
    void vscode.window.showErrorMessage((e as Error).message);
    return undefined;
  }
  let host = input;
  try {
    host = new URL(input).host;
  } catch {
    // parseHttpUrl accepted it, so this does not happen
  }
  try {
    const text = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Dossier: fetching the article from ${host}…`, cancellable: true },
      async (_progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        try {
          const page = await fetchPage(input, { signal: controller.signal });
          // loaded on first use: the HTML parser and Readability need not slow down activation
          const { extractArticle } = await import('../articleImport/extractArticle');
          const article = extractArticle(page.html, page.url);
          if (!article) throw new Error(`No article was found at ${page.url}: the page has too little running text (a front page, a sign-in page or a page built by scripts?).`);
          return article.text;
        } finally {
          subscription.dispose();
        }
      },
    );
    const document = await vscode.workspace.openTextDocument({ language: 'news', content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
  } catch (e) {
    if (e instanceof PageFetchError && e.code === 'cancelled') return undefined;
    void vscode.window.showErrorMessage(`Dossier could not open the article: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

async function askForUrl(): Promise<string | undefined> {
  const value = await vscode.window.showInputBox({
    title: 'Dossier: Open Article from URL',
    prompt: 'The address of a news article (http or https)',
    placeHolder: 'https://…',
    ignoreFocusOut: true,
    validateInput: value => {
      if (!value.trim()) return undefined;
      try {
        parseHttpUrl(value);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  return value?.trim() || undefined;
}
