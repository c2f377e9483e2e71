import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quoteOutline, speakerKey } from '../../../server/src/features/symbols';
import type { Entity, Quote } from '../../../server/src/analysis/types';
import { analysisOf, spanOf } from './fixtures';

const TEXT = 'Envoy Ana Lind said: “We will return next week.”\n“Nothing is agreed,” said a voice.\n“Talks go on,” Lind added.';
const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
const lind: Entity = { id: 'e1', name: 'Ana Lind', type: 'person', roles: [{ ...spanOf(TEXT, 'Envoy'), source: 'title' }], mentions: [] };
/** A quote of `part`, its cue the first `cue` after `cueFrom`. */
const quote = (part: string, speaker: string | null, cue: string, cueFrom: number): Quote => ({
  ...spanOf(TEXT, part), kind: 'direct', speaker, speakerText: speaker ? 'Lind' : null, speakerSpan: null,
  cue: spanOf(TEXT, cue, cueFrom), paragraph: 0,
});

describe('quote outline', () => {
  const outline = quoteOutline(analysisOf(TEXT, {
    entities: [lind],
    quotes: [quote('We will return next week.', 'e1', 'said', 0), quote('Nothing is agreed,', null, 'said', 49), quote('Talks go on,', 'e1', 'added', 0)],
  }), doc);

  it('groups quotes under their speaker with the role as detail, then the unattributed ones', () => {
    assert.deepEqual(outline.map(s => [s.name, s.detail]), [['Ana Lind', 'Envoy'], ['Unattributed', 'no speaker named']]);
    assert.deepEqual(outline[0].children!.map(c => [c.name, c.detail]), [['We will return next week.', 'said'], ['Talks go on,', 'added']]);
  });

  it('groups unnamed speakers by their words, whatever their case, before the unattributed quotes', () => {
    const unnamed = (q: Quote, words: string | null): Quote => ({ ...q, speaker: null, speakerText: words });
    const q1 = unnamed(quote('We will return next week.', null, 'said', 0), 'Critics');
    const q2 = unnamed(quote('Nothing is agreed,', null, 'said', 0), null);
    const q3 = unnamed(quote('Talks go on,', null, 'added', 0), 'critics');
    const out = quoteOutline(analysisOf(TEXT, { entities: [lind], quotes: [q1, q2, q3] }), doc);
    assert.deepEqual(out.map(s => [s.name, s.detail, s.children!.length]), [['Critics', 'not named', 2], ['Unattributed', 'no speaker named', 1]]);
  });

  it('keys a quote by its speaker, else by the words for an unnamed one in any case, else by nothing (the Quotes view groups by the same key)', () => {
    assert.equal(speakerKey({ speaker: 'e1', speakerText: 'Lind' }), 'e1');
    assert.equal(speakerKey({ speaker: null, speakerText: 'Critics' }), speakerKey({ speaker: null, speakerText: ' critics ' }));
    assert.equal(speakerKey({ speaker: null, speakerText: null }), '');
  });

  it('selects the quote and covers the attribution, inside the speaker node', () => {
    const first = outline[0].children![0];
    assert.deepEqual(first.selectionRange, { start: { line: 0, character: 22 }, end: { line: 0, character: 47 } });
    assert.deepEqual(first.range.start, { line: 0, character: 15 });
    assert.deepEqual(outline[0].range.end, outline[0].children![1].range.end);
  });
});
