import { strict as assert } from 'node:assert';
import { pairQuoteMarks, usesDoubledMarks } from '../../../server/src/analysis/quotes/marks';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';

/** The text between each pair of marks, in order. */
function pairs(text: string): string[] {
  return pairQuoteMarks(text, splitParagraphs(text)).map(q => text.slice(q.start, q.end));
}

describe('quotes / pairing quotation marks', () => {
  describe('kinds of marks', () => {
    it('pairs curly double marks and keeps the punctuation inside them', () => {
      assert.deepEqual(pairs('“We are ready,” said Ilse Marten. “Fully.”'), ['We are ready,', 'Fully.']);
    });

    it('pairs straight double marks within the paragraph', () => {
      assert.deepEqual(pairs('"We are ready," said Ilse Marten. "Fully."'), ['We are ready,', 'Fully.']);
    });

    it('pairs French and German guillemets and German low-high marks', () => {
      assert.deepEqual(pairs('«Nous tiendrons», a dit le maire.'), ['Nous tiendrons']);
      assert.deepEqual(pairs('»Wir halten durch«, sagte die Bürgermeisterin.'), ['Wir halten durch']);
      assert.deepEqual(pairs('„Wir halten durch“, sagte sie.'), ['Wir halten durch']);
      assert.deepEqual(pairs('Er sagte ‹nie wieder› und ging.'), ['nie wieder']);
    });

    it('pairs single marks used as the outer quotation marks', () => {
      assert.deepEqual(pairs('‘We will hold the line,’ the colonel said.'), ['We will hold the line,']);
      assert.deepEqual(pairs("'We will hold the line,' the colonel said."), ['We will hold the line,']);
    });

    it('treats two straight single marks as one double mark', () => {
      assert.deepEqual(pairs("''Enough,'' she said."), ['Enough,']);
    });
  });

  describe('apostrophes', () => {
    it('does not take apostrophes in words for quotation marks', () => {
      assert.deepEqual(pairs('Ostrava’s army won’t leave the Joneses’ farm, a relic of the ’90s.'), []);
      assert.deepEqual(pairs("Ostrava's army won't leave the Joneses' farm, a relic of the '90s."), []);
    });

    it('keeps apostrophes inside a quotation from ending it', () => {
      assert.deepEqual(pairs('“Ostrava’s army won’t leave the Joneses’ farm,” he said.'), ['Ostrava’s army won’t leave the Joneses’ farm,']);
    });

    it('reads a plural possessive inside single quotes as an apostrophe when a clearer close follows', () => {
      assert.deepEqual(pairs("'The farmers' union will strike,' he said."), ["The farmers' union will strike,"]);
    });

    it('ignores an inch mark after a number', () => {
      assert.deepEqual(pairs('The drone carries a 12" camera and a “thermal sight”.'), ['thermal sight']);
    });
  });

  describe('nesting', () => {
    it('keeps a nested single quotation inside the outer one', () => {
      assert.deepEqual(pairs('“He told me ‘never again’ and left,” Berg said.'), ['He told me ‘never again’ and left,']);
    });

    it('closes the outer quotation even when the nested one is left open', () => {
      assert.deepEqual(pairs('“He said ‘no and left,” Berg said.'), ['He said ‘no and left,']);
    });
  });

  describe('stray and missing marks', () => {
    it('takes an opening mark typed where the closing one belongs for the closing mark', () => {
      const text = '“I’m sure of it, “Smith said. “We will win.”';
      assert.deepEqual(pairs(text), ['I’m sure of it, ', 'We will win.']);
    });

    it('ends a quotation left open where the next one opens', () => {
      assert.deepEqual(pairs('“We tried everything. “Nothing worked,” she said.'), ['We tried everything.', 'Nothing worked,']);
    });

    it('never lets an unmatched mark swallow the next paragraphs', () => {
      const text = 'He called it “a disaster.\nThe talks resumed on Monday.\nThey ended on “Tuesday” evening.';
      const quotes = pairQuoteMarks(text, splitParagraphs(text));
      assert.deepEqual(quotes.map(q => text.slice(q.start, q.end)), ['a disaster.', 'Tuesday']);
      assert.equal(quotes[0].close, -1);
      assert.equal(quotes[0].end, text.indexOf('\n'));
    });

    it('ends a quotation at the end of the document when nothing closes it', () => {
      const text = 'She said: “We will never give in';
      assert.deepEqual(pairs(text), ['We will never give in']);
    });

    it('survives a closing mark with nothing open', () => {
      assert.deepEqual(pairs('The 5” gun fired. Then “silence”.'), ['silence']);
    });
  });

  describe('multi-paragraph quotations', () => {
    const text = [
      'The minister said:',
      '“We have waited long enough.',
      '“The border must open this week.',
      '“There is no other way,” she added.',
    ].join('\n');

    it('gives each paragraph its own part, open parts ending at the paragraph’s end', () => {
      assert.deepEqual(pairs(text), ['We have waited long enough.', 'The border must open this week.', 'There is no other way,']);
    });

    it('links each part to the part before it', () => {
      const quotes = pairQuoteMarks(text, splitParagraphs(text));
      assert.deepEqual(quotes.map(q => q.continues), [-1, 0, 1]);
      assert.deepEqual(quotes.map(q => q.close >= 0), [false, false, true]);
    });

    it('does not continue into a paragraph that opens without a mark', () => {
      const other = '“We have waited long enough.\nThe minister then left.';
      const quotes = pairQuoteMarks(other, splitParagraphs(other));
      assert.equal(quotes.length, 1);
      assert.equal(other.slice(quotes[0].start, quotes[0].end), 'We have waited long enough.');
    });
  });

  describe('CSV-style doubled marks', () => {
    const text = '"The group was described by the ministry as ""a threat to the region"", officials said."';

    it('detects doubled marks', () => {
      assert.equal(usesDoubledMarks(text), true);
      assert.equal(usesDoubledMarks('He said "yes" twice.'), false);
    });

    it('reads a doubled "" as one mark and the lone outer marks as the field wrapper', () => {
      assert.deepEqual(pairs(text), ['a threat to the region']);
    });
  });
});
