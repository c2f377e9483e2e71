import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { reportedClaims, sourcingDiagnostics } from '../../../server/src/features/diagnostics';
import { normalizeSettings } from '../../../server/src/settings';
import type { Claim } from '../../../server/src/analysis/types';
import { analysisOf, spanOf } from './fixtures';

const TEXT = 'Prices will rise, experts warn.\nIt is believed the deal is off.';
const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
const claims: Claim[] = [
  { ...spanOf(TEXT, 'experts warn'), code: 'vague-attribution', message: 'Which experts?', claim: spanOf(TEXT, 'Prices will rise') },
  { ...spanOf(TEXT, 'It is believed'), code: 'agentless-attribution', message: 'Believed by whom?', claim: spanOf(TEXT, 'the deal is off') },
];
const analysis = analysisOf(TEXT, { claims });
const docs = (code: string) => `file:///README.md#${code}`;

describe('sourcing diagnostics', () => {
  it('reports each finding on its phrase, with code, documentation link, related claim and data', () => {
    const [vague, agentless] = sourcingDiagnostics(analysis, doc, normalizeSettings({}), docs);
    assert.deepEqual(vague.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 30 } });
    assert.equal(vague.code, 'vague-attribution');
    assert.equal(vague.severity, DiagnosticSeverity.Information);
    assert.equal(vague.codeDescription?.href, 'file:///README.md#vague-attribution');
    assert.deepEqual(vague.relatedInformation?.[0].location.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
    assert.deepEqual(vague.data, { code: 'vague-attribution', phrase: 'experts warn', claimText: 'Prices will rise' });
    assert.equal(agentless.severity, DiagnosticSeverity.Hint);
  });

  it('follows the per-rule severity and the global minimum', () => {
    const off = sourcingDiagnostics(analysis, doc, normalizeSettings({ sourcing: { severity: { 'vague-attribution': 'off' } } }), docs);
    assert.deepEqual(off.map(d => d.code), ['agentless-attribution']);
    const min = sourcingDiagnostics(analysis, doc, normalizeSettings({ sourcing: { minimumSeverity: 'information' } }), docs);
    assert.deepEqual(min.map(d => d.code), ['vague-attribution']);
    const loud = sourcingDiagnostics(analysis, doc, normalizeSettings({ sourcing: { severity: { 'vague-attribution': 'error' } } }), docs);
    assert.equal(loud[0].severity, DiagnosticSeverity.Error);
  });

  it('leaves out findings the user ignored or whose phrase the user named as a source', () => {
    const ignored = sourcingDiagnostics(analysis, doc, normalizeSettings({}), docs, c => c.code === 'agentless-attribution');
    assert.deepEqual(ignored.map(d => d.code), ['vague-attribution']);
    const named = sourcingDiagnostics(analysis, doc, normalizeSettings({ sourcing: { namedSources: ['Experts'] } }), docs);
    assert.deepEqual(named.map(d => d.code), ['agentless-attribution']);
  });
});

describe('findings the views count', () => {
  it('are the ones the Problems panel shows', () => {
    const settings = normalizeSettings({ sourcing: { severity: { 'agentless-attribution': 'off' } } });
    const shown = reportedClaims(analysis, settings);
    assert.deepEqual(shown.map(c => c.code), sourcingDiagnostics(analysis, doc, settings, docs).map(d => d.code));
    assert.deepEqual(shown.map(c => c.code), ['vague-attribution']);
  });
});
