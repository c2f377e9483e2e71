import { strict as assert } from 'node:assert';
import { flagged, quoteOf } from './helpers';

// Words inside a quotation are the speaker's, not the article's sourcing: no finding there.
describe('sourcing: quoted words are the speaker’s', () => {
  it('does not flag a vague phrase inside a quote given by the quotes pass', () => {
    const text = 'Critics of the bridge fear it will never be finished, he said.';
    const q = quoteOf(text, 'Critics of the bridge fear it will never be finished', { kind: 'indirect', speaker: 'e1' });
    assert.deepEqual(flagged(text, [q]), []);
  });

  it('does not flag a vague phrase between curly quotation marks, even with no quotes found', () => {
    assert.deepEqual(flagged('“Critics of the bridge fear it will never be finished,” he said.'), []);
  });

  it('does not flag a vague phrase between straight quotation marks', () => {
    assert.deepEqual(flagged('"Critics say we are too slow, but we are careful," the mayor said.'), []);
  });

  it('still flags the article’s own vague source next to a quotation', () => {
    const text = '“We are ready,” the minister said. Critics say the army is not.';
    assert.deepEqual(flagged(text), ['vague-attribution: Critics say']);
  });

  it('treats a quotation left open at the paragraph end as running to the end of it', () => {
    const text = '“The talks went well. Experts say the deal is close.\n“We will sign on Friday,” the envoy said.';
    assert.deepEqual(flagged(text), []);
  });

  it('reads a CSV-escaped line: the outer marks are not a quotation, doubled marks are', () => {
    const text = '"The crates were stamped ""Kestrel"", believed to be a code name for the navy."';
    assert.deepEqual(flagged(text), ['agentless-attribution: believed to be']);
  });

  it('treats the paragraphs after "X said:" as the speaker’s statement', () => {
    const text = 'The Minister for the Region, Rhiannon Vale, said:\n\nExperts warn that hundreds of thousands of people have been displaced.';
    assert.deepEqual(flagged(text), []);
  });
});

describe('sourcing: a statement introduced by "X said:" ends where the narrator speaks again', () => {
  it('flags a vague source after the quoted statement', () => {
    const text = 'The minister said:\n“We are ready to sign.”\nCritics say the plan is flawed.';
    assert.deepEqual(flagged(text), ['vague-attribution: Critics say']);
  });

  it('flags a vague source in a paragraph that attributes again', () => {
    const text = 'The envoy said:\nWe will not give up.\nExperts warn that the talks may fail, the paper added.';
    assert.deepEqual(flagged(text), ['vague-attribution: Experts warn']);
  });
});
