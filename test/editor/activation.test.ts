import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, SERVER_DEADLINE_MS, openFixture } from './fixtures';
import { waitFor } from './wait';

suite('activation', () => {
  test(`the extension ${EXTENSION_ID} is installed and activates on a .news article`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found; loaded: ${vscode.extensions.all.map(e => e.id).join(', ')}`);
    const document = await openFixture('e2e-sample.news');
    assert.equal(document.languageId, 'news');
    await waitFor(() => extension.isActive, SERVER_DEADLINE_MS, `${EXTENSION_ID} to activate`);
  });

  test('activates quickly: the language server starts after activate() returns', async function () {
    const extension = vscode.extensions.getExtension<{ activationMs: number }>(EXTENSION_ID)!;
    const api = await extension.activate();
    // the reporter prints the title after the test: it carries the measured time
    this.test!.title += ` (${api.activationMs} ms)`;
    // the budget is 150 ms on a quiet machine; a loaded test machine gets slack
    assert.ok(api.activationMs < 1000, `activation took ${api.activationMs} ms`);
  });

  test('contributes the command dossier.restartServer', async () => {
    const commands = await waitFor(async () => {
      const all = await vscode.commands.getCommands(true);
      return all.includes('dossier.restartServer') ? all : undefined;
    }, SERVER_DEADLINE_MS, 'dossier.restartServer to be registered');
    assert.ok(commands.includes('dossier.showOutput'), 'dossier.showOutput is registered too');
  });
});
