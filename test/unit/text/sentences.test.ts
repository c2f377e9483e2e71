import { strict as assert } from 'node:assert';
import { splitParagraphs } from '../../../server/src/analysis/text/paragraphs';
import { splitSentences } from '../../../server/src/analysis/text/sentences';

const sentences = (text: string) => splitSentences(text, splitParagraphs(text)).map(s => text.slice(s.start, s.end));
const paragraphs = (text: string) => splitParagraphs(text).map(p => text.slice(p.start, p.end));

describe('paragraphs', () => {
  it('splits on blank lines and on line breaks between whole paragraphs', () => {
    assert.deepEqual(paragraphs('First one.\n\nSecond one.\nThird one.'), ['First one.', 'Second one.', 'Third one.']);
  });
  it('keeps a wrapped line in its paragraph', () => {
    assert.deepEqual(paragraphs('The talks were\ncalled off today.\n'), ['The talks were\ncalled off today.']);
  });
  it('handles CRLF and blank text', () => {
    assert.deepEqual(paragraphs('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(paragraphs(' \n\t\n'), []);
  });
});

describe('sentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    assert.deepEqual(sentences('Talks failed. Why? Nobody knows!'), ['Talks failed.', 'Why?', 'Nobody knows!']);
  });
  it('reads "no." as the word ending a sentence, and "No." before a number as an abbreviation', () => {
    assert.deepEqual(sentences('Officials said no. Talks ended at No. 10 Downing Street.'), ['Officials said no.', 'Talks ended at No. 10 Downing Street.']);
  });
  it('does not split after titles, initials or U.S. before a name', () => {
    assert.deepEqual(sentences('Dr. Anna Berg met Gen. Joseph L. Vance of the U.S. Army. They talked.'),
      ['Dr. Anna Berg met Gen. Joseph L. Vance of the U.S. Army.', 'They talked.']);
  });
  it('splits after U.S. when a new sentence clearly starts', () => {
    assert.deepEqual(sentences('He was sanctioned by the U.S. The move angered Moscow.'),
      ['He was sanctioned by the U.S.', 'The move angered Moscow.']);
  });
  it('keeps the closing quotation mark with its sentence', () => {
    assert.deepEqual(sentences('“We will win.” She left.'), ['“We will win.”', 'She left.']);
  });
  it('never crosses a paragraph', () => {
    assert.deepEqual(sentences('A headline without a stop\nBody text.'), ['A headline without a stop', 'Body text.']);
  });
});
