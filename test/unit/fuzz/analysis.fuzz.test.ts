import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/analyze';
import type { Span } from '../../../server/src/analysis/types';
import { quoteOutline } from '../../../server/src/features/symbols';
import { sourcingDiagnostics } from '../../../server/src/features/diagnostics';
import { semanticTokens } from '../../../server/src/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../../../server/src/settings';

// `npm test` runs a short pass; `npm run fuzz` sets FUZZ_RUNS for a long one.
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const FRAGMENTS = [
  'President ', 'Vladimir Putin', 'Putin’s', 'Kremlin spokesman ', 'Dmitry Peskov', 'the Russian leader', 'he said', 'she said',
  ' said', ', said ', 'according to ', 'sources in Minsk', 'experts warn', 'it is believed', 'reportedly', '10%', '$5bn',
  '“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›', 'don’t', 'the Joneses’', 'U.S.', 'US-Russia', 'NATO', 'SWIFT',
  '😀', '🇺🇦', '\ud83d', '\ude00', '\r\n', '\n', '\n\n', '\t', '\u200b', '\u200f', '\u202e', 'שלום', 'مرحبا', 'Ünïcödé',
  '. ', '? ', '! ', ': ', '—', ' – ', '(', ')', 'By ', 'ALL CAPS HEADLINE ', 'Headline Case Words Here ',
];

const article = fc.array(fc.oneof(
  fc.constantFrom(...FRAGMENTS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('x'.repeat(3000), 'Word '.repeat(600)),
), { maxLength: 60 }).map(parts => parts.join(''));

function assertSpan(s: Span, length: number, what: string) {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: non-integer span`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what}: span ${s.start}-${s.end} outside 0-${length}`);
}

describe('analysis on generated text (property-based)', function () {
  this.timeout(120_000);

  it('never throws, and every span lies inside the text in order', () => {
    fc.assert(fc.property(article, text => {
      const a = analyze(text);
      for (const p of a.paragraphs) assertSpan(p, text.length, 'paragraph');
      for (const s of a.sentences) assertSpan(s, text.length, 'sentence');
      for (const e of a.entities) {
        for (const m of e.mentions) { assertSpan(m, text.length, 'mention'); assert.equal(text.slice(m.start, m.end), m.text); }
        for (const r of e.roles) { assertSpan(r, text.length, 'role'); assert.equal(text.slice(r.start, r.end), r.text); }
      }
      for (const q of a.quotes) {
        assertSpan(q, text.length, 'quote');
        if (q.cue) {
          assertSpan(q.cue, text.length, 'cue');
          assert.ok(q.cue.end <= q.start || q.cue.start >= q.end, 'a cue lies inside its quote');
        }
        if (q.speaker) assert.ok(a.entities.some(e => e.id === q.speaker), 'speaker is not an entity');
      }
      for (const c of a.claims) { assertSpan(c, text.length, 'claim'); assertSpan(c.claim, text.length, 'claimed statement'); }
    }), { numRuns: RUNS });
  });

  it('gives an outline whose quotes nest in their speaker, and valid diagnostic and token positions', () => {
    fc.assert(fc.property(article, text => {
      const doc = TextDocument.create('file:///fuzz.news', 'news', 1, text);
      const a = analyze(text);
      const offset = (p: { line: number; character: number }) => doc.offsetAt(p);
      for (const speaker of quoteOutline(a, doc)) {
        for (const q of speaker.children ?? []) {
          assert.ok(offset(speaker.range.start) <= offset(q.range.start) && offset(q.range.end) <= offset(speaker.range.end), 'quote outside its speaker');
          assert.ok(offset(q.range.start) <= offset(q.selectionRange.start) && offset(q.selectionRange.end) <= offset(q.range.end), 'selection outside range');
        }
      }
      for (const d of sourcingDiagnostics(a, doc, DEFAULT_SETTINGS, () => undefined)) {
        assert.ok(offset(d.range.start) <= offset(d.range.end) && offset(d.range.end) <= text.length);
      }
      const data = semanticTokens(a, doc).data;
      assert.equal(data.length % 5, 0);
      assert.ok(data.every(n => Number.isInteger(n) && n >= 0), 'negative or fractional token data');
    }), { numRuns: Math.ceil(RUNS / 2) });
  });
});
