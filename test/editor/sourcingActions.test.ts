import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS, hoverText, openFixture, positionOf, workspaceUri } from './fixtures';
import { waitFor } from './wait';

const dossierDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Dossier');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

suite('sourcing quick fixes', () => {
  test('ignoring a finding hides it, and clearing the article\'s ignored findings shows it again', async () => {
    const document = await openFixture('kremlin-talks.news');
    const target = await waitFor(() => dossierDiagnostics(document.uri).find(d => document.getText(d.range) === 'Experts warn'),
      SERVER_DEADLINE_MS, 'the vague-attribution finding on "Experts warn"');
    const actions = await waitFor(async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
      return all?.some(a => a.title.startsWith('Ignore')) ? all : undefined;
    }, SERVER_DEADLINE_MS, 'quick fixes on the finding');
    const titles = actions.map(a => a.title);
    assert.ok(titles.includes('Ignore “Experts warn” here'), titles.join(' | '));
    assert.ok(titles.includes("Disable rule 'vague-attribution'…"), titles.join(' | '));
    assert.ok(titles.includes('Show all sourcing issues'), titles.join(' | '));

    const ignore = actions.find(a => a.title === 'Ignore “Experts warn” here')!;
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    await waitFor(() => dossierDiagnostics(document.uri).length > 0 && !dossierDiagnostics(document.uri).some(d => document.getText(d.range) === 'Experts warn'),
      SERVER_DEADLINE_MS, 'the ignored finding to disappear');
    assert.ok(dossierDiagnostics(document.uri).some(d => codeOf(d) === 'anonymous-source'), 'other findings stay');

    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('dossier.clearIgnoredFindings');
    await waitFor(() => dossierDiagnostics(document.uri).some(d => document.getText(d.range) === 'Experts warn'),
      SERVER_DEADLINE_MS, 'the finding to come back');
  });
});

suite('user glossary', () => {
  const glossary = () => vscode.Uri.joinPath(workspaceUri(), '.dossier', 'glossary.json');
  const write = (text: string) => vscode.workspace.fs.writeFile(glossary(), new TextEncoder().encode(text));

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceUri(), '.dossier'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('a workspace glossary entry shows in the hover, and its problems show on the glossary file', async () => {
    const document = await openFixture('e2e-sample.news');
    const position = positionOf(document, 'Tomas Halden');
    await write(JSON.stringify({ entries: [{ id: 'tomas-halden', name: 'Tomas Halden', type: 'person', summary: 'Glossary test entry: Ostmark negotiator.' }] }, null, 2));
    await waitFor(async () => {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position)) ?? [];
      return hovers.some(h => hoverText(h).includes('Glossary test entry'));
    }, SERVER_DEADLINE_MS, 'the glossary summary in the hover of Tomas Halden');

    await write('{ "entries": [ { "name": "Broken", "type": "person", } ] }');
    const problems = await waitFor(() => {
      const d = dossierDiagnostics(glossary());
      return d.length ? d : undefined;
    }, SERVER_DEADLINE_MS, 'a diagnostic on the broken glossary');
    assert.match(problems[0].message, /Trailing comma/);
    assert.equal(problems[0].severity, vscode.DiagnosticSeverity.Error);
  });
});
