import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';

describe('referring mentions agree with quote attribution', () => {
  it('links a speaking "he" to the speaker of the quote, as the outline does', () => {
    // the entity pass alone links "he" to the last man named (Dant); the quote pass gives
    // the quote to the subject of the sentence before (Brenner)
    const text = 'Envoy Karl Brenner met President Ivo Dant on Monday. “Nothing is agreed yet,” he said after the meeting.';
    const a = analyze(text);
    const quote = a.quotes.find(q => q.text.startsWith('Nothing is agreed'))!;
    const speaker = a.entities.find(e => e.id === quote.speaker)!;
    assert.equal(speaker.name, 'Karl Brenner');
    const he = text.lastIndexOf('he said');
    const owner = a.entities.find(e => e.mentions.some(m => m.start === he && m.form === 'pronoun'));
    assert.equal(owner?.name, speaker.name);
    assert.equal(a.entities.filter(e => e.mentions.some(m => m.start === he)).length, 1, 'the pronoun belongs to one entity');
  });
});
