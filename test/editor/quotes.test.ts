import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS } from './fixtures';
import { openBriefing, quoteOutline } from './sanctionsBriefing';
import { waitFor } from './wait';

// The direct and partial quotes of the article, in order: what Next Quote / Previous Quote
// step through (reported speech without quotation marks is skipped).
const FIRST_QUOTE = 'We have never closed the door to dialogue, but dialogue cannot begin with ultimatums,';
const SECOND_QUOTE = 'adapted faster than our critics expected';
const LAST_QUOTE = 'There is nothing on the calendar for now,';

const selectedText = (editor: vscode.TextEditor) => editor.document.getText(editor.selection);

/** Puts the cursor at the start of `text` (or at the document's start), as a user would click. */
function placeCursor(editor: vscode.TextEditor, text?: string): void {
  const at = text === undefined ? 0 : editor.document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in the article`);
  const position = editor.document.positionAt(at);
  editor.selection = new vscode.Selection(position, position);
}

/** Selects the quoted words `text`, as Next Quote / Previous Quote leave them. */
function selectQuote(editor: vscode.TextEditor, text: string): void {
  const at = editor.document.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" is in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at + text.length));
}

/** Runs a quote command and returns the text it selected. */
async function step(editor: vscode.TextEditor, command: 'dossier.nextQuote' | 'dossier.previousQuote'): Promise<string> {
  await vscode.commands.executeCommand(command);
  return selectedText(editor);
}

/**
 * The first step from the cursor at `from` (or the article's start): the command needs the
 * server's overview, so it is retried, from the same place, until it selects something.
 */
async function firstStep(editor: vscode.TextEditor, command: 'dossier.nextQuote' | 'dossier.previousQuote', from?: string): Promise<string> {
  return waitFor(async () => {
    placeCursor(editor, from);
    return step(editor, command);
  }, SERVER_DEADLINE_MS, `${command} to select a quote`);
}

suite('quotes', () => {
  test('the outline lists the speakers by name, each with their quotes as children, unnamed ones by their words, and an "Unattributed" node', async () => {
    const { document } = await openBriefing();
    const outline = await quoteOutline(document);
    assert.deepEqual(outline.map(s => s.name), ['Dmitry Peskov', 'Vladimir Putin', 'Helena Marsk', 'Oleg Varnov', 'Experts', 'Unattributed']);
    const node = (name: string) => outline.find(s => s.name === name)!;

    const peskov = node('Dmitry Peskov');
    assert.equal(peskov.detail, 'Kremlin spokesman', 'a speaker\'s detail is the role the article gives him');
    assert.ok(peskov.children.length >= 2, `Peskov has his quotes as children: ${peskov.children.map(c => c.name).join(' | ')}`);
    assert.equal(peskov.children[0].name, 'We have never closed the door to dialogue,…');
    assert.equal(document.getText(peskov.children[0].selectionRange), FIRST_QUOTE, 'a quote\'s selection range is the quoted words');
    assert.ok(peskov.children.some(c => c.name.startsWith('There is nothing on the calendar')), 'his last quote is listed too');

    // "Payments that once took a day now take a week," he said.
    assert.ok(node('Oleg Varnov').children.some(c => c.name.startsWith('Payments that once took a day')), 'a quote attributed through "he said" sits under its speaker');
    assert.deepEqual(node('Unattributed').children.map(c => c.name), ['Nobody here plans further ahead than next month.']);
    assert.equal(node('Unattributed').detail, 'no speaker named');
    // "Experts warn that cutting more banks off …": reported speech of unnamed experts
    assert.equal(node('Experts').detail, 'not named');

    for (const speaker of outline) {
      for (const quote of speaker.children) {
        assert.ok(speaker.range.contains(quote.range), `${speaker.name}'s range covers the quote "${quote.name}"`);
      }
    }
  });

  test('Next Quote selects the next quote, and wraps from the last quote to the first', async () => {
    const { editor } = await openBriefing();
    assert.equal(await firstStep(editor, 'dossier.nextQuote'), FIRST_QUOTE, 'from the top of the article, the first quote');
    assert.equal(await step(editor, 'dossier.nextQuote'), SECOND_QUOTE, 'then the one after it');

    selectQuote(editor, LAST_QUOTE);
    assert.equal(await step(editor, 'dossier.nextQuote'), FIRST_QUOTE, 'from the last quote, Next Quote wraps to the first');
  });

  test('Previous Quote selects the quote before, and wraps from the first quote to the last', async () => {
    const { editor } = await openBriefing();
    const before = 'Peskov said no meeting';
    assert.equal(await firstStep(editor, 'dossier.previousQuote', before), 'Nobody here plans further ahead than next month.', 'the quote before the cursor');

    selectQuote(editor, SECOND_QUOTE);
    assert.equal(await step(editor, 'dossier.previousQuote'), FIRST_QUOTE);
    assert.equal(await step(editor, 'dossier.previousQuote'), LAST_QUOTE, 'from the first quote, Previous Quote wraps to the last');
  });
});
