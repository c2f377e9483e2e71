import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analysis/analyze';
import { introduction } from '../../../server/src/features/navigation';
import { firstWords } from '../../../server/src/features/symbols';
import { introductionOf, MAX_QUOTE_TEXT, quoteName, rangeAt, summarize } from '../../../server/src/workspace/summary';

const ARTICLE = [
  'Harbour talks resume in Velmora',
  'Harbour commissioner Tomas Aldern said the port would reopen. “We will not wait for the winter,” Aldern told reporters.',
  'The Nordic Fisheries Council said the quota deal was fair.',
  `A spokesman said: “${'very '.repeat(100)}long.”`,
].join('\n');

describe('the summary of an article for the workspace index', () => {
  const analysis = analyze(ARTICLE);
  const summary = summarize('file:///ws/harbour.news', ARTICLE, analysis);

  it('keeps people and organisations only, with counts and where each is introduced', () => {
    assert.ok(summary.entities.every(e => e.type === 'person' || e.type === 'organization'));
    const aldern = summary.entities.find(e => e.name === 'Tomas Aldern')!;
    assert.ok(aldern, JSON.stringify(summary.entities.map(e => e.name)));
    assert.equal(aldern.quotes, 2); // "said the port would reopen" is reported speech
    assert.ok(aldern.mentions >= 2);
    assert.deepEqual(rangeAt(summary, aldern.at), { start: { line: 1, character: 21 }, end: { line: 1, character: 33 } });
    assert.ok(aldern.roles.some(r => /commissioner/i.test(r)));
  });

  it('keeps quotes with their speaker\'s name, first words, folded words and range, cutting long ones', () => {
    const q = summary.quotes.find(x => x.name.startsWith('We will not wait'))!;
    assert.equal(q.speaker, 'Tomas Aldern');
    assert.equal(q.name, 'We will not wait for the winter,');
    assert.equal(q.words, 'we will not wait for the winter,');
    const { start, end } = rangeAt(summary, q.at);
    assert.equal(start.line, 1);
    assert.equal(ARTICLE.split('\n')[1].slice(start.character, end.character), 'We will not wait for the winter,');
    const long = summary.quotes.find(x => x.words.startsWith('very'))!;
    assert.equal(long.words.length, MAX_QUOTE_TEXT);
    assert.equal(long.name, 'very very very very very very very very…');
  });

  it('is small: no text, sentences or mentions', () => {
    const text = readFileSync(join(__dirname, '../../../samples/kremlin-talks.news'), 'utf8');
    const full = analyze(text);
    const json = JSON.stringify(summarize('file:///ws/kremlin-talks.news', text, full));
    assert.ok(json.length < JSON.stringify(full).length / 2, `${json.length} vs ${JSON.stringify(full).length}`);
    assert.ok(summary.entities.every(e => typeof e.mentions === 'number'));
    assert.deepEqual(Object.keys(summary).sort(), ['entities', 'quotes', 'ranges', 'uri']);
    assert.equal(summary.ranges.length, (summary.entities.length + summary.quotes.length) * 4);
  });

  it('names and places things exactly as the outline and Go to Definition do', () => {
    for (const e of analysis.entities) assert.equal(introductionOf(e), introduction(e));
    for (const text of ['a b c', ' many   words in this quote, more than eight of them ', '']) assert.equal(quoteName(text), firstWords(text));
  });
});
