import * as assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import { EXTENSION_ID, SERVER_DEADLINE_MS, hoverText, positionOf, workspaceUri } from './fixtures';
import { waitFor } from './wait';

/** test/fixtures/pages/NAME, read through the workspace (test/fixtures/workspace is open). */
async function savedPage(name: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(workspaceUri(), '..', 'pages', name));
}

/** A web server on 127.0.0.1 inside the extension host: the saved pages, a redirect and JSON. */
async function startServer(): Promise<{ server: Server; origin: string }> {
  const article = await savedPage('article.html');
  const json = await savedPage('data.json');
  const server = createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    } else if (req.url === '/short-link') {
      res.writeHead(301, { location: '/story' });
      res.end();
    } else if (req.url === '/data.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(json);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const untitledNews = () => vscode.workspace.textDocuments.filter(d => d.isUntitled && d.languageId === 'news' && !d.isClosed);

suite('open article from URL', () => {
  let server: Server;
  let origin: string;

  suiteSetup(async () => {
    ({ server, origin } = await startServer());
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    await extension.activate();
  });

  suiteTeardown(async () => {
    server.closeAllConnections();
    await new Promise(resolve => server.close(resolve));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('contributes the commands dossier.openArticleFromUrl and dossier.analyseSelection', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('dossier.openArticleFromUrl'));
    assert.ok(all.includes('dossier.analyseSelection'));
  });

  test('open article: fetches a page through a redirect and opens its text as an untitled news document', async () => {
    await vscode.commands.executeCommand('dossier.openArticleFromUrl', `${origin}/short-link`);
    const editor = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active?.document.getText().startsWith('Delta states agree') ? active : undefined;
    }, SERVER_DEADLINE_MS, 'the article to open in the active editor');
    const document = editor.document;
    assert.equal(document.languageId, 'news');
    assert.ok(document.isUntitled, 'an untitled document');
    const text = document.getText();
    assert.ok(text.startsWith([
      'Delta states agree to share river gauges after all-night talks',
      'The Marsh Ledger',
      'By Corinna Vell',
      'Published 3 May 2024',
      `Source: ${origin}/story`,
      '',
      'Officials from Veldoria and Ostmark agreed on Friday',
    ].join('\n')), text.slice(0, 500));
    assert.ok(!/<[a-z]|Advertisement|dataLayer/i.test(text), 'no HTML, ads or scripts in the article');

    // the language server analyses it like any article
    const name = 'Ana Kovač';
    const position = positionOf(document, name);
    const hover = await waitFor(async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
      return hovers.find(h => hoverText(h).includes(name));
    }, SERVER_DEADLINE_MS, `a hover naming ${name} in the opened article`);
    assert.match(hoverText(hover), /Person/);
  });

  test('open article: a JSON address gives an error and opens no document', async () => {
    const before = untitledNews().length;
    const result = await vscode.commands.executeCommand('dossier.openArticleFromUrl', `${origin}/data.json`);
    assert.equal(result, undefined);
    assert.equal(untitledNews().length, before, 'no document was opened');
  });

  test('open article: a non-http address is refused before any fetch', async () => {
    const before = untitledNews().length;
    const result = await vscode.commands.executeCommand('dossier.openArticleFromUrl', 'file:///etc/hostname');
    assert.equal(result, undefined);
    assert.equal(untitledNews().length, before);
  });
});

suite('analyse selection', () => {
  test('opens the selected passage as an untitled news document beside the editor', async () => {
    const passage = 'Port director Halda Brin said the harbour would reopen on Monday.';
    const source = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Notes\n\n${passage}\n\nMore notes.\n` });
    const editor = await vscode.window.showTextDocument(source, { preview: false });
    const start = source.getText().indexOf(passage);
    editor.selection = new vscode.Selection(source.positionAt(start), source.positionAt(start + passage.length));
    await vscode.commands.executeCommand('dossier.analyseSelection');
    const opened = await waitFor(() => {
      const active = vscode.window.activeTextEditor;
      return active && active.document !== source ? active : undefined;
    }, SERVER_DEADLINE_MS, 'the selection to open in a new editor');
    assert.equal(opened.document.languageId, 'news');
    assert.equal(opened.document.getText(), `${passage}\n`);
    assert.notEqual(opened.viewColumn, editor.viewColumn, 'opened beside the source editor');
  });

  test('with no selection, opens nothing', async () => {
    const source = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Nothing selected here.\n' });
    await vscode.window.showTextDocument(source, { preview: false });
    const before = untitledNews().length;
    await vscode.commands.executeCommand('dossier.analyseSelection');
    assert.equal(untitledNews().length, before);
  });
});
