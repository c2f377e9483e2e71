import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DossierTestApi } from '../../client/src/extension';
import { EXTENSION_ID, SERVER_DEADLINE_MS } from './fixtures';
import { ARTICLE, PEOPLE, allRangesOf, openBriefing, positionIn, rangeIn } from './sanctionsBriefing';
import { waitFor } from './wait';

interface Token { range: vscode.Range; type: string }

/** Decodes semantic tokens (5 integers each, relative positions) with the legend's names. */
function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): Token[] {
  const out: Token[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4);
    line += deltaLine;
    character = deltaLine ? deltaStart : character + deltaStart;
    out.push({ range: new vscode.Range(line, character, line, character + length), type: legend.tokenTypes[type] });
  }
  return out;
}

/** Definition results may be Locations or LocationLinks. */
function targetOf(result: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in result ? { uri: result.targetUri, range: result.targetSelectionRange ?? result.targetRange } : result;
}

const labelOf = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label ?? '');

/** The extension's test API: `activate()`'s return value. */
async function testApi(): Promise<DossierTestApi> {
  const extension = vscode.extensions.getExtension<DossierTestApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} not found`);
  return extension.activate();
}

suite('reading', () => {
  test('semantic tokens of type "person" cover every name of a person in the article', async () => {
    const { document } = await openBriefing();
    const legend = await waitFor(() => vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri),
      SERVER_DEADLINE_MS, 'the semantic tokens legend');
    assert.ok(legend.tokenTypes.includes('person'), `the legend has the type "person": ${legend.tokenTypes.join(', ')}`);
    const tokens = await waitFor(async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
      return result?.data.length ? decode(result, legend) : undefined;
    }, SERVER_DEADLINE_MS, 'semantic tokens for the article');
    const people = tokens.filter(t => t.type === 'person');
    const isPerson = (range: vscode.Range) => people.some(t => t.range.isEqual(range));

    const expected = [
      ...PEOPLE.flatMap(name => allRangesOf(document, name)),
      rangeIn(document, 'Peskov told reporters', 'Peskov'),
      rangeIn(document, 'Peskov said no meeting', 'Peskov'),
      rangeIn(document, 'between Putin and', 'Putin'),
    ];
    for (const range of expected) {
      assert.ok(isPerson(range), `a person token on "${document.getText(range)}" at ${range.start.line + 1}:${range.start.character + 1}`);
    }
    assert.equal(people.length, expected.length, `person tokens only on people's names: ${people.map(t => document.getText(t.range)).join(' | ')}`);
    const moscow = allRangesOf(document, 'Moscow')[0];
    assert.ok(tokens.some(t => t.range.isEqual(moscow) && t.type === 'place'), 'a place is a place, not a person');
  });

  test('Go to Definition on the surname "Peskov" goes to the full-name mention "Dmitry Peskov"', async () => {
    const { document } = await openBriefing();
    const surname = positionIn(document, 'Peskov said no meeting', 'Peskov');
    const results = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, surname);
      return r?.length ? r : undefined;
    }, SERVER_DEADLINE_MS, 'a definition for "Peskov"');
    assert.equal(results.length, 1);
    const { uri, range } = targetOf(results[0]);
    assert.equal(uri.toString(), document.uri.toString());
    assert.equal(document.getText(range), 'Dmitry Peskov');
    assert.ok(range.isEqual(rangeIn(document, 'Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov')), 'the mention that introduces him');
  });

  test('Find All References on "Peskov" lists every mention of him: full name, surnames and "he"', async () => {
    const { document } = await openBriefing();
    const references = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionIn(document, 'Peskov told', 'Peskov'));
      return r?.length ? r : undefined;
    }, SERVER_DEADLINE_MS, 'references of "Peskov"');
    const ranges = references.map(r => r.range);
    const has = (range: vscode.Range) => ranges.some(r => r.isEqual(range));
    for (const range of [
      rangeIn(document, 'Dmitry Peskov'),
      rangeIn(document, 'Peskov told', 'Peskov'),
      rangeIn(document, 'he added', 'he'),
      rangeIn(document, 'Peskov said no meeting', 'Peskov'),
    ]) {
      assert.ok(has(range), `a reference at "${document.getText(range)}" (${range.start.line + 1}:${range.start.character + 1}); got ${references.map(r => document.getText(r.range)).join(' | ')}`);
    }
    for (const r of references) {
      assert.equal(r.uri.toString(), document.uri.toString());
      assert.ok(['Dmitry Peskov', 'Peskov', 'he'].includes(document.getText(r.range)), `only mentions of Peskov: "${document.getText(r.range)}"`);
    }
  });

  test('the People & Organisations and Quotes views list the article\'s people and quotes', async () => {
    const api = await testApi();
    const { document } = await openBriefing();
    // the views follow the active article
    await waitFor(() => api.overview()?.uri === document.uri.toString(), SERVER_DEADLINE_MS, `the views to show ${ARTICLE}`);

    const groups = api.peopleTree.getChildren();
    const peopleGroup = groups.find(g => labelOf(api.peopleTree.getTreeItem(g)).startsWith('People'));
    assert.ok(peopleGroup, `a People group: ${groups.map(g => labelOf(api.peopleTree.getTreeItem(g))).join(' | ')}`);
    const people = api.peopleTree.getChildren(peopleGroup).map(node => api.peopleTree.getTreeItem(node));
    assert.deepEqual(people.map(labelOf).sort(), [...PEOPLE].sort());
    const peskov = people.find(p => labelOf(p) === 'Dmitry Peskov')!;
    assert.match(String(peskov.description), /^Kremlin spokesman · \d+×/, 'a person\'s role and mention count');
    assert.equal(peskov.command?.command, 'dossier.revealRange', 'clicking a person goes to the introduction');
    const organisations = groups.find(g => labelOf(api.peopleTree.getTreeItem(g)).startsWith('Organisations'));
    assert.ok(organisations && api.peopleTree.getChildren(organisations).some(n => labelOf(api.peopleTree.getTreeItem(n)) === 'SWIFT'), 'SWIFT is an organisation');

    const roots = api.quotesTree.getChildren();
    const rootLabels = roots.map(n => labelOf(api.quotesTree.getTreeItem(n)));
    assert.deepEqual(rootLabels, ['Dmitry Peskov', 'Vladimir Putin', 'Helena Marsk', 'Oleg Varnov', 'Experts', 'Unattributed', 'Sourcing findings']);
    const childrenOf = (label: string) => {
      const node = roots[rootLabels.indexOf(label)];
      return api.quotesTree.getChildren(node).map(n => api.quotesTree.getTreeItem(n));
    };
    assert.ok(childrenOf('Oleg Varnov').some(q => labelOf(q) === '“Payments that once took a day now take a week,”'), 'a quote is listed under its speaker');
    assert.deepEqual(childrenOf('Unattributed').map(labelOf), ['“Nobody here plans further ahead than next month.”']);
    const findings = childrenOf('Sourcing findings').map(f => `${String(f.description).split(' · ')[0]}: ${labelOf(f)}`);
    assert.ok(findings.includes('anonymous-source: sources familiar with the talks said'), findings.join(' | '));
    assert.ok(findings.includes('vague-attribution: Experts warn'), findings.join(' | '));
  });

  test('Show Reading Brief opens the brief as a dossier-brief document that starts with "# Reading brief:"', async () => {
    await openBriefing();
    await vscode.commands.executeCommand('dossier.showReadingBrief');
    const brief = await waitFor(() => vscode.workspace.textDocuments.find(d => d.uri.scheme === 'dossier-brief' && d.uri.path.includes(ARTICLE) && !d.isClosed),
      SERVER_DEADLINE_MS, `a dossier-brief document for ${ARTICLE}`);
    const text = brief.getText();
    assert.ok(text.startsWith('# Reading brief: Moscow signals it is open to sanctions talks'), text.slice(0, 200));
    for (const name of PEOPLE) assert.ok(text.includes(`**${name}**`), `the brief's who's who names ${name}`);
    assert.ok(text.includes('sources familiar with the talks said'), 'the brief lists the sourcing findings');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
