import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS, hoverText } from './fixtures';
import { ARTICLE, openBriefing, positionIn, rangeIn } from './sanctionsBriefing';
import { waitFor } from './wait';

/** The hover at `position` whose card contains `expected`, once the server gives one. */
async function hoverWith(document: vscode.TextDocument, position: vscode.Position, expected: string): Promise<vscode.Hover> {
  return waitFor(async () => {
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
    return hovers.find(h => hoverText(h).includes(expected));
  }, SERVER_DEADLINE_MS, `a hover containing "${expected}" at ${position.line + 1}:${position.character + 1} of ${ARTICLE}`);
}

/** A hover card's two halves: what the article says, and the knowledge base's "Background". */
function halves(text: string): { article: string; background: string } {
  const at = text.indexOf('**Background**');
  return at < 0 ? { article: text, background: '' } : { article: text.slice(0, at), background: text.slice(at) };
}

suite('hovers with knowledge', () => {
  test('hovering the surname "Peskov" alone shows his role from the article, then his background from the knowledge base', async () => {
    const { document } = await openBriefing();
    const surname = rangeIn(document, 'Peskov told reporters', 'Peskov');
    const hover = await hoverWith(document, surname.start.translate(0, 2), 'Dmitry Peskov');
    const text = hoverText(hover);
    assert.match(text, /\*\*Dmitry Peskov\*\* · Person/, `the card is titled with his full name:\n${text}`);
    const { article, background } = halves(text);
    assert.ok(article.includes('Kremlin spokesman'), `the article's part gives the role "Kremlin spokesman":\n${text}`);
    assert.ok(background.length > '**Background** — '.length + 20, `the card has a Background section with a summary:\n${text}`);
    assert.ok(hover.range?.isEqual(surname), `the hover range is the surname: ${JSON.stringify(hover.range)}`);
  });

  test('hovering "SWIFT" shows what the acronym stands for and a summary', async () => {
    const { document } = await openBriefing();
    const hover = await hoverWith(document, positionIn(document, 'SWIFT'), 'SWIFT');
    const text = hoverText(hover);
    assert.match(text, /\*\*SWIFT\*\* · Organisation/, text);
    assert.ok(text.includes('Society for Worldwide Interbank Financial Telecommunication'), `the card gives the expansion:\n${text}`);
    const { background } = halves(text);
    assert.match(background, /^\*\*Background\*\* — \S.{20,}/, `the card has a summary from the knowledge base:\n${text}`);
  });

  test('hovering "the Russian leader" resolves it to Vladimir Putin', async () => {
    const { document } = await openBriefing();
    const description = rangeIn(document, 'the Russian leader said', 'the Russian leader');
    // on "leader": the word "Russian" inside the description has a card of its own (the nationality)
    const hover = await hoverWith(document, positionIn(document, 'the Russian leader said', 'leader'), 'Vladimir Putin');
    const text = hoverText(hover);
    assert.match(text, /\*\*Vladimir Putin\*\* · Person/, `the card is Putin's:\n${text}`);
    assert.ok(text.includes('“the Russian leader” refers to Vladimir Putin'), `the card says what the description refers to:\n${text}`);
    assert.ok(text.includes('**Background**'), `Putin's card has his background too:\n${text}`);
    assert.ok(hover.range?.isEqual(description), `the hover range is the whole description: ${JSON.stringify(hover.range)}`);
  });
});
