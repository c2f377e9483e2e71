import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS, hoverText, openFixture, positionOf } from './fixtures';
import { waitFor } from './wait';

/** An article in test/fixtures/workspace and people named in it. */
interface Case {
  file: string;
  people: string[];
}

const CASES: Case[] = [
  { file: 'e2e-sample.news', people: ['Ana Kovač', 'Tomas Halden'] },
  { file: 'kremlin-talks.news', people: ['Dmitry Peskov', 'António Guterres'] },
];

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
}

suite('hover', () => {
  for (const { file, people } of CASES) {
    for (const person of people) {
      test(`${file}: hovering "${person}" shows a card naming the person`, async () => {
        const document = await openFixture(file);
        const position = positionOf(document, person);
        const hover = await waitFor(async () => {
          const hovers = await hoversAt(document.uri, position);
          return hovers.find(h => hoverText(h).includes(person));
        }, SERVER_DEADLINE_MS, `a hover naming ${person} at ${position.line + 1}:${position.character + 1} of ${file}`);
        const text = hoverText(hover);
        assert.match(text, /Person/, `the card says ${person} is a person:\n${text}`);
        assert.ok(hover.range?.contains(position), 'the hover range covers the hovered name');
      });
    }
  }

  test('no person card over an ordinary word', async () => {
    const document = await openFixture('e2e-sample.news');
    const name = 'Ana Kovač';
    // Wait until the server answers for the name, so that an empty answer below means "no entity", not "not ready".
    await waitFor(async () => (await hoversAt(document.uri, positionOf(document, name))).some(h => hoverText(h).includes(name)),
      SERVER_DEADLINE_MS, `the server to answer hovers on ${name}`);
    const hovers = await hoversAt(document.uri, positionOf(document, 'engineers'));
    assert.ok(!hovers.some(h => /Person/.test(hoverText(h))), `unexpected person card: ${hovers.map(hoverText).join(' | ')}`);
  });
});
