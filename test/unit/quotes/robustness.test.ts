import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';
import { findQuotes } from '../../../server/src/analysis/quotes';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';
import type { Quote } from '../../../server/src/analysis/types';

function checkSpans(text: string, quotes: Quote[]) {
  for (const q of quotes) {
    assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length, `span ${q.start}-${q.end} of ${text.length}`);
    assert.equal(q.text, text.slice(q.start, q.end));
    for (const s of [q.speakerSpan, q.cue]) if (s) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length);
  }
}

/** Quotes of `text` with no entities: the quote rules alone, fast. */
function quotesAlone(text: string): Quote[] {
  const paragraphs = splitParagraphs(text);
  return findQuotes(text, { paragraphs, sentences: splitSentences(text, paragraphs), entities: [] });
}

describe('quotes / robustness', () => {
  const odd: Array<[string, string]> = [
    ['empty text', ''],
    ['only spaces', '   \n\n  '],
    ['a lone opening mark', '“'],
    ['a lone closing mark', '”'],
    ['a lone straight mark', '"'],
    ['empty marks', '“” "" «» ‘’'],
    ['marks and spaces', '“ ” " " « »'],
    ['an unclosed quotation at the very end', 'The minister said: “We will never'],
    ['an opening mark as the last character', 'He said “'],
    ['emoji and surrogate pairs', 'Emoji 😀 “a quote with 🚀 inside,” she said 😀.'],
    ['lone surrogates', '\uD800 “quote” \uDC00 he said'],
    ['CRLF line ends', 'Intro.\r\n“Hello there,” said Anna Berg.\r\n“Second,” she added.\r\n'],
    ['only apostrophes', "It's the Joneses' house in the '90s, isn't it?"],
    ['runs of marks', '““““”””" " " "\'\'\'‘‘’’'],
  ];
  for (const [what, text] of odd) {
    it(`never throws and keeps spans inside the text: ${what}`, () => {
      const a = analyze(text);
      checkSpans(text, a.quotes);
    });
  }

  it('keeps CRLF text’s quotes and their speaker', () => {
    const text = 'Intro.\r\n“Hello there,” said Anna Berg.\r\n“Second,” she added.\r\n';
    const quotes = quotesAlone(text);
    assert.deepEqual(quotes.map(q => q.text), ['Hello there,', 'Second,']);
  });

  it('ends an unclosed quotation at the end of the document, not beyond', () => {
    const text = 'The minister said: “We will never give in';
    const quotes = quotesAlone(text);
    assert.deepEqual(quotes.map(q => q.text), ['We will never give in']);
    assert.equal(quotes[0].end, text.length);
  });

  it('copes with a 200,000-character line quickly', () => {
    const text = '“' + 'word '.repeat(40000) + '” he said, and ' + 'then more '.repeat(2000) + '.';
    const t0 = performance.now();
    const quotes = quotesAlone(text);
    assert.ok(performance.now() - t0 < 1000);
    checkSpans(text, quotes);
    assert.equal(quotes.filter(q => q.kind === 'direct').length, 1);
  });

  it('stays linear with thousands of quotations', () => {
    const text = '“We are ready,” she said. '.repeat(4000);
    const t0 = performance.now();
    const quotes = quotesAlone(text);
    assert.ok(performance.now() - t0 < 1500, `${performance.now() - t0} ms`);
    assert.equal(quotes.length, 4000);
  });

  it('stays linear with thousands of unmatched marks', () => {
    for (const text of ['“'.repeat(20000), '"'.repeat(20001), '« '.repeat(10000), "'a ".repeat(10000)]) {
      const t0 = performance.now();
      checkSpans(text, quotesAlone(text));
      assert.ok(performance.now() - t0 < 1000);
    }
  });

  it('finds the quotes of a quote-dense 5 KB article in a few milliseconds', () => {
    const para = '“We came here in good faith,” said Dragan Mirek, the chief negotiator. “Our partners did not.” ' +
      'Mirek added that his delegation would stay “as long as it takes.” The talks resumed on Thursday.\n';
    const text = para.repeat(Math.ceil(5000 / para.length));
    const paragraphs = splitParagraphs(text);
    const context = { paragraphs, sentences: splitSentences(text, paragraphs), entities: analyze(text).entities };
    for (let i = 0; i < 10; i++) findQuotes(text, context);
    let ms = Infinity;
    for (let batch = 0; batch < 5; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) findQuotes(text, context);
      ms = Math.min(ms, (performance.now() - t0) / 10);
    }
    assert.ok(ms < 15, `${ms.toFixed(2)} ms`);
  });
});
