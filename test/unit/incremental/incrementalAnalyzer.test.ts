import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental/incrementalAnalyzer';
import { AnalysisCache } from '../../../server/src/documents/analysisCache';
import type { AnalysisOptions } from '../../../server/src/analysis/types';
import type { KnowledgeEntry } from '../../../server/src/knowledge/types';

// The incremental analysis must give exactly what a fresh analysis of the same text gives,
// after any sequence of edits. `npm test` runs a short pass; FUZZ_RUNS sets a long one.
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

const ROOT = resolve(__dirname, '../../..');
const OWN = ['samples', 'test/fixtures/workspace', 'test/fixtures/quotes'].flatMap(dir =>
  readdirSync(join(ROOT, dir)).filter(f => /\.(?:news|txt|md)$/.test(f)).map(f => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') })));
// and all of them as one long article, where an edit can reach paragraphs far from it
const ARTICLES = [...OWN, { name: 'all articles', text: OWN.map(a => a.text).join('\n') }];

const FRAGMENTS = [
  'President ', 'Vladimir Putin', 'Putin’s', 'Kremlin spokesman ', 'Dmitry Peskov', 'the Russian leader', 'he said', 'she said', 'Mr ', 'Ms Halden',
  ' said', ', said ', 'according to ', 'sources in Minsk', 'experts warn', 'it is believed', 'reportedly', '10%', '$5bn', 'the minister',
  'The secretary', 'at least 500 civilians were killed', 'He added: “', 'The ministry said:', '“', '”', '‘', '’', '"', "'", '«', '»', '""',
  'U.S.', 'NATO', ':', ',', '. ', 'a', 'e', 'X', ' ', '—', '(', ')', 'By ', 'ALL CAPS HEADLINE ', 'Headline Case Words Here ', 'Monday',
  '😀', '🇺🇦', '\ud83d', '\r\n', '\n', '\n\n', '\t', 'שלום',
];

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'split'; at: number; text: string }
  | { kind: 'join'; which: number }
  | { kind: 'inQuote'; which: number; offset: number; text: string; length: number }
  | { kind: 'inName'; which: number; offset: number; text: string; length: number }
  | { kind: 'crlf'; which: number };

const fragment = fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 3 }));
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }), text: fragment }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat(), text: fc.constantFrom('\n', '\n\n', '\r\n', '\n  ') }),
  fc.record({ kind: fc.constant('join' as const), which: fc.nat() }),
  fc.record({ kind: fc.constant('inQuote' as const), which: fc.nat(), offset: fc.integer({ min: -3, max: 3 }), text: fragment, length: fc.nat(2) }),
  fc.record({ kind: fc.constant('inName' as const), which: fc.nat(), offset: fc.nat(8), text: fragment, length: fc.nat(2) }),
  fc.record({ kind: fc.constant('crlf' as const), which: fc.nat() }),
);

/** Offsets matching `re` in the text. */
function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) out.push(m.index!);
  return out;
}

function splice(text: string, at: number, length: number, insert: string): string {
  const start = Math.max(0, Math.min(text.length, at));
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + length));
}

/** The text after one edit; positions are taken modulo what the text offers. */
function apply(text: string, e: Edit): string {
  const anywhere = (n: number) => n % (text.length + 1);
  const pick = (list: number[], n: number) => (list.length ? list[n % list.length] : anywhere(n));
  switch (e.kind) {
    case 'insert': return splice(text, anywhere(e.at), 0, e.text);
    case 'delete': return splice(text, anywhere(e.at), e.length, '');
    case 'replace': return splice(text, anywhere(e.at), e.length, e.text);
    case 'split': return splice(text, anywhere(e.at), 0, e.text);
    case 'join': return splice(text, pick(positions(text, /\r?\n/g), e.which), 1, ' ');
    case 'inQuote': return splice(text, pick(positions(text, /["“”‘’«»„]/g), e.which) + e.offset, e.length, e.text);
    case 'inName': return splice(text, pick(positions(text, /\b\p{Lu}\p{Ll}+/gu), e.which) + e.offset, e.length, e.text);
    case 'crlf': return splice(text, pick(positions(text, /\n/g), e.which), 1, '\r\n');
  }
}

const GLOSSARY: KnowledgeEntry[] = [{ id: 'user-halden', name: 'Ana Halden', type: 'person', summary: 'A negotiator in these tests.', aliases: ['Halden'] }];
const OPTIONS: AnalysisOptions[] = [{}, { format: 'markdown' }, { maxFullAnalysisLength: 1500 }, { glossary: GLOSSARY }];

function check(inc: IncrementalAnalyzer, text: string, options: AnalysisOptions, what: string): void {
  const expected = analyze(text, options);
  const actual = inc.analyze(text, options);
  try {
    assert.deepStrictEqual(actual, expected);
  } catch (e) {
    const parts = (Object.keys(expected) as Array<keyof typeof expected>).filter(k => {
      try { assert.deepStrictEqual(actual[k], expected[k]); return false; } catch { return true; }
    });
    throw new Error(`${what}: the incremental analysis differs in ${parts.join(', ')}\n${(e as Error).message.slice(0, 2000)}`);
  }
}

describe('incremental analysis', function () {
  this.timeout(600_000);

  it('gives what a fresh analysis gives after every one of a series of random edits (property-based)', () => {
    fc.assert(fc.property(fc.nat(ARTICLES.length - 1), fc.nat(OPTIONS.length - 1), fc.array(edit, { minLength: 1, maxLength: 14 }), (a, o, edits) => {
      const inc = new IncrementalAnalyzer();
      const options = OPTIONS[o];
      let text = ARTICLES[a].text;
      check(inc, text, options, `${ARTICLES[a].name}, as it is`);
      edits.forEach((e, k) => {
        text = apply(text, e);
        check(inc, text, options, `${ARTICLES[a].name}, after edit ${k + 1} (${JSON.stringify(e)})`);
      });
    }), { numRuns: RUNS });
  });

  it('follows typing a paragraph one character at a time, and deleting it again', () => {
    const inc = new IncrementalAnalyzer();
    const base = ARTICLES.find(a => a.name.endsWith('kremlin-talks.news'))!.text;
    const typed = '\nForeign Minister Sergei Lavrov told reporters: “We are ready.” He said the talks, according to sources in Minsk, would go on.\n';
    const at = base.indexOf('\n', base.length / 2);
    for (let k = 0; k <= typed.length; k += 3) check(inc, base.slice(0, at) + typed.slice(0, k) + base.slice(at), {}, `typing, ${k} characters`);
    for (let k = typed.length; k >= 0; k -= 7) check(inc, base.slice(0, at) + typed.slice(0, k) + base.slice(at), {}, `deleting, ${k} characters left`);
  });

  // Edits whose effect reaches paragraphs far from them, through what the quote rules read.
  const filler = (k: number) => `Paragraph ${k} only describes the weather over the lake, the ferries and the hotels that line the shore, and quotes no one at all.`;
  const farReaching: Array<[string, string, string, string]> = [
    ['a role that tells a speaker’s gender, four paragraphs before a pronoun speaks',
      ['The queen Taro Vrel arrived in Geneva on Monday.', filler(1), filler(2), filler(3), 'Vrel spoke to the press.', '“We are ready,” she said.', ''].join('\n'),
      'queen', 'baron'],
    ['the type of an entity, read five paragraphs later where “it said” looks for an organisation or place',
      ['The delegates met in Kestrel on Monday.', filler(1), filler(2), filler(3), 'Kestrel welcomed the plan.', '“We agree,” it said.', ''].join('\n'),
      'met in Kestrel', 'met by Kestrel'],
    ['the speaker of a quotation five paragraphs before “it said”',
      ['“Prices will rise,” the Acme Holdings said.', filler(1), filler(2), filler(3), 'Acme Holdings met Beta Holdings in Bern.', '“We agree,” it said.', ''].join('\n'),
      'Acme Holdings said', 'Beta Holdings said'],
    ['a new person with the role a later phrase names, between the first one and the phrase',
      ['Jan Kowalski, the head of the local council, arrived early.', filler(1), 'Many had waited.', filler(2), filler(3), filler(4), '“No,” the head of the local council said.', ''].join('\n'),
      'Many had waited.', 'Anna Nowak, the head of the local council, had waited.'],
    ['the speaker of a quotation that the next paragraphs’ quotations continue',
      ['“We will not yield,” Alex Morgan said.', '“Nor will we stop, whatever the others in the room may think of our position and our reasons for it.”',
        '“This is final, and we have said so to every delegation that asked us over the last three weeks of talks.”',
        '“We leave tomorrow, on the first train, and we will not come back to this city until the terms are changed.”',
        '“Goodbye to all of you, and thank you for the coffee, which was the only good thing about these meetings.”', ''].join('\n'),
      'Alex Morgan', 'Maria Silva'],
  ];
  for (const [what, text, from, to] of farReaching) {
    it(`follows an edit that reaches far: ${what}`, () => {
      const inc = new IncrementalAnalyzer();
      check(inc, text, {}, 'before');
      const edited = text.replace(from, to);
      check(inc, edited, {}, 'after');
      const speakers = (t: string) => { const a = analyze(t); return a.quotes.map(q => [a.entities.find(e => e.id === q.speaker)?.name, q.speakerText]); };
      assert.notDeepEqual(speakers(edited), speakers(text), 'the edit changes a speaker');
      check(inc, text, {}, 'undone');
    });
  }

  it('keeps up with the same text under other options, and with no text at all', () => {
    const inc = new IncrementalAnalyzer();
    const text = ARTICLES[0].text;
    for (const options of [...OPTIONS, {}, { format: 'markdown' as const }]) check(inc, text, options, JSON.stringify(options));
    check(inc, '', {}, 'empty');
    check(inc, text, {}, 'again');
    check(inc, '   \n\n  ', {}, 'blank');
  });

  it('is what the analysis cache uses for each version of an open document, plain or Markdown', () => {
    const cache = new AnalysisCache({ glossary: GLOSSARY });
    for (const [uri, languageId] of [['file:///a.news', 'news'], ['file:///b.md', 'markdown']] as const) {
      let text = ARTICLES[0].text;
      for (let version = 1; version <= 6; version++) {
        const document = { uri, version, languageId, getText: () => text };
        assert.deepStrictEqual(cache.get(document), analyze(text, { format: languageId === 'markdown' ? 'markdown' : 'plain', glossary: GLOSSARY }));
        text = text.replace('Geneva', version % 2 ? 'Genf' : 'Geneva').replace(/\n/, version % 3 ? '\n\n' : '\n');
      }
      cache.delete(uri);
    }
    assert.equal(cache.size, 0);
  });

  it('holds results only for the paragraphs it has now, and a few recent ones', () => {
    const inc = new IncrementalAnalyzer();
    let text = ARTICLES[0].text;
    inc.analyze(text);
    for (let k = 0; k < 600; k++) {
      text = text.replace(/\n[^\n]*$/, `\nParagraph ${k} was typed here by Maria Lindqvist.`);
      inc.analyze(text);
    }
    const { paragraphs, pieces } = inc.size;
    assert.ok(pieces <= paragraphs + 2 * 256, `${pieces} pieces for ${paragraphs} paragraphs`);
  });
});
