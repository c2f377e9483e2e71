import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import { claimDataOf, ignoredMatcher, normalizeIgnored, sourceNounPhrase, sourcingCodeActions } from '../../../server/src/features/codeActions';
import { sourcingDiagnostics } from '../../../server/src/features/diagnostics';
import { normalizeSettings } from '../../../server/src/settings';
import { SOURCING_COMMANDS } from '../../../server/src/actionsProtocol';
import type { Claim } from '../../../server/src/analysis/types';
import { analysisOf, spanOf } from './fixtures';

const TEXT = 'Prices will rise, experts warn.\nSources in Minsk have said the deal is off.\nIt is believed the deal is off.';
const URI = 'file:///a.news';
const doc = TextDocument.create(URI, 'news', 1, TEXT);
const claims: Claim[] = [
  { ...spanOf(TEXT, 'experts warn'), code: 'vague-attribution', message: 'Which experts?', claim: spanOf(TEXT, 'Prices will rise') },
  { ...spanOf(TEXT, 'Sources in Minsk have said'), code: 'anonymous-source', message: 'Who?', claim: spanOf(TEXT, 'the deal is off') },
  { ...spanOf(TEXT, 'It is believed'), code: 'agentless-attribution', message: 'Believed by whom?', claim: spanOf(TEXT, 'the deal is off', 60) },
];
const diagnostics = sourcingDiagnostics(analysisOf(TEXT, { claims }), doc, normalizeSettings({}), () => undefined);
const actionsFor = (ds: Diagnostic[], only?: string[]) => sourcingCodeActions(URI, { diagnostics: ds, ...(only ? { only } : {}) });

describe('sourcing code actions', () => {
  it('offers ignore, disable rule, named source and show all for a source finding', () => {
    const actions = actionsFor([diagnostics[1]]);
    assert.deepEqual(actions.map(a => a.title), [
      'Ignore “Sources in Minsk have said” here',
      "Disable rule 'anonymous-source'…",
      'Treat “Sources in Minsk” as a named source',
      'Show all sourcing issues',
    ]);
    assert.ok(actions.every(a => a.kind === CodeActionKind.QuickFix));
    assert.deepEqual(actions[0].command, {
      title: 'Ignore here', command: SOURCING_COMMANDS.ignoreFinding,
      arguments: [{ uri: URI, code: 'anonymous-source', phrase: 'Sources in Minsk have said', claimText: 'the deal is off' }],
    });
    assert.deepEqual(actions[1].command?.arguments, [{ code: 'anonymous-source', uri: URI }]);
    assert.deepEqual(actions[2].command?.arguments, [{ phrase: 'Sources in Minsk', uri: URI }]);
    assert.equal(actions[3].command?.command, SOURCING_COMMANDS.showSourcingProblems);
    assert.deepEqual(actions[0].diagnostics, [diagnostics[1]]);
  });

  it('offers no named-source fix where the phrase is not a source', () => {
    const titles = actionsFor([diagnostics[2]]).map(a => a.title);
    assert.deepEqual(titles, ['Ignore “It is believed” here', "Disable rule 'agentless-attribution'…", 'Show all sourcing issues']);
  });

  it('offers one disable and one show-all action however many findings are in range', () => {
    const twice = [diagnostics[1], { ...diagnostics[1] }];
    const actions = actionsFor(twice);
    assert.equal(actions.filter(a => a.command?.command === SOURCING_COMMANDS.disableRule).length, 1);
    assert.equal(actions.filter(a => a.command?.command === SOURCING_COMMANDS.showSourcingProblems).length, 1);
    assert.equal(actions.filter(a => a.command?.command === SOURCING_COMMANDS.addNamedSource).length, 1);
    assert.equal(actions.filter(a => a.command?.command === SOURCING_COMMANDS.ignoreFinding).length, 2);
  });

  it('honours the requested kinds', () => {
    assert.equal(actionsFor(diagnostics, ['refactor']).length, 0);
    assert.ok(actionsFor(diagnostics, ['quickfix']).length > 0);
    assert.ok(actionsFor(diagnostics, ['']).length > 0);
  });

  it('ignores diagnostics from other tools and malformed data sent back by a client', () => {
    const bad: Diagnostic[] = [
      { ...diagnostics[0], source: 'cSpell' },
      { ...diagnostics[0], data: undefined },
      { ...diagnostics[0], data: { code: 'made-up', phrase: 'x', claimText: 'y' } },
      { ...diagnostics[0], data: { code: 'vague-attribution', phrase: 42, claimText: 'y' } },
      { ...diagnostics[0], data: 'vague-attribution' },
    ];
    assert.deepEqual(actionsFor(bad), []);
    for (const d of bad) assert.equal(claimDataOf(d), undefined);
  });
});

describe('the source noun phrase of a finding', () => {
  for (const [phrase, expected] of [
    ['Sources in Minsk have said', 'Sources in Minsk'],
    ['According to people familiar with the talks', 'people familiar with the talks'],
    ['said one European diplomat', 'one European diplomat'],
    ['A Treasury official, who spoke on condition of anonymity, said', 'A Treasury official'],
    ['Western analysts estimate', 'Western analysts'],
    ['diplomats familiar with the process said', 'diplomats familiar with the process'],
    ['citing people briefed on the talks', 'people briefed on the talks'],
    ['U.S. officials reported', 'U.S. officials'],
    ['Kremlin-watchers at the institute say', 'Kremlin-watchers at the institute'],
    ['a Foreign Office spokesman', 'a Foreign Office spokesman'],
  ] as const) {
    it(`“${phrase}” → “${expected}”`, () => assert.equal(sourceNounPhrase(phrase), expected));
  }

  it('gives nothing for phrases too general to name a source', () => {
    for (const phrase of ['Some believe', 'Many fear', 'officials said', 'Media reports suggest', 'Sources say', 'others argue', 'Experts warn', 'said one senior diplomat', 'A senior official, who asked not to be named, said']) {
      assert.equal(sourceNounPhrase(phrase), undefined, phrase);
    }
  });
});

describe('ignored findings', () => {
  it('match a claim by rule, phrase and claim text, wherever it now is', () => {
    const entries = normalizeIgnored([{ code: 'vague-attribution', phrase: 'experts warn', claimText: 'Prices will rise' }]);
    const edited = `A new first line.\n${TEXT}`;
    const moved = { ...claims[0], start: claims[0].start + 18, end: claims[0].end + 18, claim: { start: claims[0].claim.start + 18, end: claims[0].claim.end + 18 } };
    const isIgnored = ignoredMatcher(entries, edited);
    assert.equal(isIgnored(moved), true);
    assert.equal(isIgnored({ ...claims[1], start: claims[1].start + 18, end: claims[1].end + 18, claim: { start: claims[1].claim.start + 18, end: claims[1].claim.end + 18 } }), false);
    // the claim it sourced was rewritten: the finding shows again
    const rewritten = edited.replace('Prices will rise', 'Prices will fall');
    assert.equal(ignoredMatcher(entries, rewritten)(moved), false);
  });

  it('leave out findings in the diagnostics', () => {
    const entries = normalizeIgnored([{ code: 'anonymous-source', phrase: 'Sources in Minsk have said', claimText: 'the deal is off' }]);
    const out = sourcingDiagnostics(analysisOf(TEXT, { claims }), doc, normalizeSettings({}), () => undefined, ignoredMatcher(entries, TEXT));
    assert.deepEqual(out.map(d => d.code), ['vague-attribution', 'agentless-attribution']);
  });

  it('are read from untrusted JSON', () => {
    assert.deepEqual(normalizeIgnored('x'), []);
    assert.deepEqual(normalizeIgnored([null, 1, { code: 'nope', phrase: 'a', claimText: 'b' }, { code: 'vague-attribution', phrase: 'a' },
      { code: 'vague-attribution', phrase: 'a', claimText: 'b', extra: true }, { code: 'vague-attribution', phrase: 'a', claimText: 'b' }]),
    [{ code: 'vague-attribution', phrase: 'a', claimText: 'b' }]);
    assert.equal(ignoredMatcher(undefined, TEXT)(claims[0]), false);
  });
});
