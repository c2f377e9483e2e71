import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS, openFixture } from './fixtures';
import { waitFor } from './wait';

/**
 * test/fixtures/workspace/sanctions-briefing.news: an invented wire story about sanctions
 * talks, used by the knowledge, quotes, sourcing and reading suites. What it contains:
 *
 * - "Kremlin spokesman Dmitry Peskov" (paragraph 1), then "Peskov told reporters" and
 *   "he added" (paragraph 2), and "Peskov said no meeting" (last paragraph);
 * - "President Vladimir Putin", then "the Russian leader said" and "Putin";
 * - "SWIFT" twice; "Helena Marsk" and "Oleg Varnov" (quoted, Varnov via "he said");
 * - one quotation with no speaker: "Nobody here plans further ahead than next month.";
 * - the sourcing phrases "sources familiar with the talks said" and "Experts warn".
 */
export const ARTICLE = 'sanctions-briefing.news';

/** The people the article names, by full name. */
export const PEOPLE = ['Dmitry Peskov', 'Vladimir Putin', 'Helena Marsk', 'Oleg Varnov'];

/**
 * The position at the start of `word` inside the `occurrence`-th (1-based) occurrence of
 * `context`, e.g. `positionIn(doc, 'Peskov told reporters', 'Peskov')`: the surname alone,
 * not the one inside "Dmitry Peskov".
 */
export function positionIn(document: vscode.TextDocument, context: string, word = context, occurrence = 1): vscode.Position {
  return rangeIn(document, context, word, occurrence).start;
}

/** The range of `word` inside the `occurrence`-th occurrence of `context` (see positionIn). */
export function rangeIn(document: vscode.TextDocument, context: string, word = context, occurrence = 1): vscode.Range {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(context, at + 1);
    if (at < 0) throw new Error(`"${context}" occurs fewer than ${occurrence} times in ${ARTICLE}`);
  }
  const inner = context.indexOf(word);
  if (inner < 0) throw new Error(`"${word}" is not part of "${context}"`);
  return new vscode.Range(document.positionAt(at + inner), document.positionAt(at + inner + word.length));
}

/** Every range of `text` in the document, in order. */
export function allRangesOf(document: vscode.TextDocument, text: string): vscode.Range[] {
  const ranges: vscode.Range[] = [];
  const whole = document.getText();
  for (let at = whole.indexOf(text); at >= 0; at = whole.indexOf(text, at + 1)) {
    ranges.push(new vscode.Range(document.positionAt(at), document.positionAt(at + text.length)));
  }
  return ranges;
}

/** The article's outline (speakers with their quotes), once the server has analysed it. */
export async function quoteOutline(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
  return waitFor(async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    return symbols?.length ? symbols : undefined;
  }, SERVER_DEADLINE_MS, `the outline of ${ARTICLE}`);
}

/**
 * Opens the article in the active editor, with the cursor at its start, and waits until
 * the language server has analysed it (its outline is not empty).
 */
export async function openBriefing(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await openFixture(ARTICLE);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  await quoteOutline(document);
  return { document, editor };
}
