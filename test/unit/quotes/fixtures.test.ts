import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quotesOf } from './helpers';

// Invented articles run through the whole analysis (entities included), compared with the
// quotes a reader finds in them: every quotation, nothing else, and who says it.

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'quotes');

interface Expected {
  quote: string;
  kind: 'direct' | 'partial';
  /** The speaker's surname, or null when no entity speaks. */
  speaker: string | null;
  speakerText?: string;
}

for (const name of ['velmora-talks', 'harbour-strike']) {
  describe(`quotes / fixture ${name}`, () => {
    const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
    const expected: Expected[] = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')).quotes;
    const found = quotesOf(text);
    const quotes = found.quotes.filter(q => q.kind !== 'indirect');

    it('finds every quotation and nothing else', () => {
      assert.deepEqual(quotes.map(q => text.slice(q.start, q.end)), expected.map(e => e.quote));
    });

    for (const e of expected) {
      it(`${e.kind} “${e.quote}” — ${e.speaker ?? e.speakerText ?? 'no speaker'}`, () => {
        const q = quotes.find(x => text.slice(x.start, x.end) === e.quote);
        assert.ok(q, 'quote not found');
        assert.equal(q.kind, e.kind);
        const speaker = q.speaker ? found.entities.find(x => x.id === q.speaker)?.name ?? null : null;
        if (e.speaker === null) assert.equal(speaker, null);
        else assert.ok(speaker?.endsWith(e.speaker), `speaker ${speaker}`);
        if (e.speakerText) assert.equal(q.speakerText, e.speakerText);
        if (q.cue) assert.ok(q.cue.end <= q.start - 1 || q.cue.start >= q.end, 'cue inside the quote');
      });
    }
  });
}
