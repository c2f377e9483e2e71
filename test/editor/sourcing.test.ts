import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SERVER_DEADLINE_MS, workspaceUri } from './fixtures';
import { openBriefing } from './sanctionsBriefing';
import { waitFor } from './wait';

const RULE = 'vague-attribution';
const SEVERITY_SECTION = 'dossier.sourcing.severity';

const dossierDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Dossier');
const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const findings = (document: vscode.TextDocument) => dossierDiagnostics(document.uri).map(d => `${codeOf(d)}: ${document.getText(d.range)}`);

/** The fixture workspace's .vscode folder, which a Workspace-level setting creates. */
const dotVscode = () => vscode.Uri.joinPath(workspaceUri(), '.vscode');
async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

suite('sourcing', () => {
  test('the article\'s anonymous and vague sources show as Dossier diagnostics on the source phrase', async () => {
    const { document } = await openBriefing();
    await waitFor(() => findings(document).includes(`${RULE}: Experts warn`) ? true : undefined,
      SERVER_DEADLINE_MS, 'the sourcing diagnostics of the article');
    const all = findings(document);
    assert.ok(all.includes('anonymous-source: sources familiar with the talks said'), all.join(' | '));
    assert.ok(all.includes('vague-attribution: Experts warn'), all.join(' | '));
    assert.ok(all.includes('unattributed-quote: Nobody here plans further ahead than next month.'), all.join(' | '));
    const vague = dossierDiagnostics(document.uri).find(d => codeOf(d) === RULE)!;
    assert.equal(vague.severity, vscode.DiagnosticSeverity.Information, 'the default severity is information');
    assert.match(vague.message, /expert/i, 'the message names the vague group');
  });

  suite('turning a rule off', () => {
    let hadDotVscode = true;

    suiteSetup(async () => {
      hadDotVscode = await exists(dotVscode());
    });

    // Restores the setting even when a test fails, and removes the .vscode folder the
    // setting created in test/fixtures/workspace.
    teardown(async () => {
      const config = vscode.workspace.getConfiguration(SEVERITY_SECTION);
      if (config.inspect(RULE)?.workspaceValue !== undefined) await config.update(RULE, undefined, vscode.ConfigurationTarget.Workspace);
      if (config.inspect(RULE)?.globalValue !== undefined) await config.update(RULE, undefined, vscode.ConfigurationTarget.Global);
      if (!hadDotVscode && (await exists(dotVscode()))) {
        await vscode.workspace.fs.delete(dotVscode(), { recursive: true, useTrash: false });
      }
    });

    test(`setting ${SEVERITY_SECTION}.${RULE} to "off" removes those findings, and restoring it brings them back`, async () => {
      const { document } = await openBriefing();
      await waitFor(() => dossierDiagnostics(document.uri).some(d => codeOf(d) === RULE),
        SERVER_DEADLINE_MS, `the ${RULE} finding before the setting changes`);

      await vscode.workspace.getConfiguration(SEVERITY_SECTION).update(RULE, 'off', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => {
        const d = dossierDiagnostics(document.uri);
        return d.length > 0 && !d.some(x => codeOf(x) === RULE);
      }, SERVER_DEADLINE_MS, `the ${RULE} findings to go while the others stay`);
      assert.ok(dossierDiagnostics(document.uri).some(d => codeOf(d) === 'anonymous-source'), 'the other rules still report');

      await vscode.workspace.getConfiguration(SEVERITY_SECTION).update(RULE, undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor(() => dossierDiagnostics(document.uri).some(d => codeOf(d) === RULE),
        SERVER_DEADLINE_MS, `the ${RULE} finding to come back once the setting is restored`);
    });

    // The command takes the rule from the quick fix's arguments but always asks for the
    // scope with a quick pick (User or Workspace): the test answers it with the quick
    // input's accept command, which takes the first item, User (the run's own user data).
    test('the quick fix "Disable rule" asks where, and turns the rule off there', async () => {
      const { document } = await openBriefing();
      const finding = await waitFor(() => dossierDiagnostics(document.uri).find(d => codeOf(d) === RULE),
        SERVER_DEADLINE_MS, `the ${RULE} finding`);
      const disable = await waitFor(async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
        return actions?.find(a => a.title === `Disable rule '${RULE}'…`);
      }, SERVER_DEADLINE_MS, `the quick fix "Disable rule '${RULE}'…"`);
      assert.equal(disable.command?.command, 'dossier.disableRule');

      // not awaited: it resolves once the scope is chosen and its notification is closed
      const running = vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
      const config = () => vscode.workspace.getConfiguration(SEVERITY_SECTION).inspect<string>(RULE);
      await waitFor(async () => {
        if (config()?.globalValue === 'off') return true;
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return false;
      }, SERVER_DEADLINE_MS, `the scope quick pick to be answered and ${RULE} to be off in User settings`);
      assert.equal(config()?.workspaceValue, undefined, 'only the chosen scope changed');
      await waitFor(() => {
        const d = dossierDiagnostics(document.uri);
        return d.length > 0 && !d.some(x => codeOf(x) === RULE);
      }, SERVER_DEADLINE_MS, `the ${RULE} findings to go`);

      await vscode.commands.executeCommand('notifications.clearAll');
      await running;
    });
  });
});
