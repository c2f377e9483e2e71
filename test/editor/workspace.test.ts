import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkspacePeople } from '../../server/src/protocol';
import { EXTENSION_ID, SERVER_DEADLINE_MS } from './fixtures';
import { waitFor } from './wait';

const symbols = async (query: string) =>
  (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query)) ?? [];
const fileName = (uri: vscode.Uri) => uri.path.split('/').pop();

suite('workspace index', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  test('Go to Symbol in Workspace finds a person in the fixture articles', async () => {
    const found = await waitFor(async () => (await symbols('Peskov')).find(s => s.name === 'Dmitry Peskov' && fileName(s.location.uri) === 'kremlin-talks.news'),
      SERVER_DEADLINE_MS, 'Dmitry Peskov among the workspace symbols');
    assert.equal(found.kind, vscode.SymbolKind.Class);
    assert.equal(found.containerName, 'Kremlin spokesman');
    const document = await vscode.workspace.openTextDocument(found.location.uri);
    assert.equal(document.getText(found.location.range), 'Dmitry Peskov');
  });

  test('Go to Symbol in Workspace finds a quote with its speaker', async () => {
    const quote = await waitFor(async () => (await symbols('empty ports')).find(s => s.kind === vscode.SymbolKind.String),
      SERVER_DEADLINE_MS, 'the quote about empty ports');
    assert.equal(quote.name, 'Nobody gains from empty ports,');
    assert.equal(quote.containerName, 'António Guterres');
  });

  test('the People view shows all articles, then this article again', async () => {
    const people = await waitFor(async () => {
      const p = await vscode.commands.executeCommand<WorkspacePeople | undefined>('dossier.people.showAll');
      return p?.entries.some(e => e.name === 'Dmitry Peskov') ? p : undefined;
    }, SERVER_DEADLINE_MS, 'the people across the workspace');
    const peskov = people.entries.find(e => e.name === 'Dmitry Peskov')!;
    assert.ok(peskov.files.some(f => f.uri.endsWith('/kremlin-talks.news')), JSON.stringify(peskov.files));
    assert.ok(peskov.quotes >= 1);
    assert.equal(await vscode.commands.executeCommand('dossier.people.showArticle'), undefined);
  });
});
