import { strict as assert } from 'node:assert';
import { readingBrief } from '../../../server/src/brief/readingBrief';
import type { Claim, Entity, Quote } from '../../../server/src/analysis/types';
import { analysisOf, spanOf } from './fixtures';

describe('reading brief', () => {
  const text = 'Ports reopen\nEnvoy Ana Lind said: “We will *return*.”\nIt is believed talks go on.\n';
  const lind: Entity = { id: 'e1', name: 'Ana Lind', type: 'person', roles: [{ ...spanOf(text, 'Envoy'), source: 'title' }], mentions: [{ ...spanOf(text, 'Ana Lind'), form: 'name', entity: 'e1', sentence: 1 }] };
  const quote: Quote = { ...spanOf(text, 'We will *return*.'), kind: 'direct', speaker: 'e1', speakerText: 'Ana Lind', speakerSpan: null, cue: spanOf(text, 'said'), paragraph: 1 };
  const claim: Claim = { ...spanOf(text, 'It is believed'), code: 'agentless-attribution', message: 'Believed by whom?', claim: spanOf(text, 'talks go on') };
  const brief = readingBrief('a.news', text, analysisOf(text, { entities: [lind], quotes: [quote], claims: [claim] }));

  it('has the headline, who’s who with roles, quotes by speaker and findings with lines', () => {
    assert.match(brief, /^# Reading brief: Ports reopen/);
    assert.match(brief, /- \*\*Ana Lind\*\* — Envoy \(1 mention, 1 quote\)/);
    assert.match(brief, /### Ana Lind\n\n- “We will \\\*return\\\*\.” — line 2, \*said\*/);
    assert.match(brief, /- line 3: “It is believed” \(`agentless-attribution`\) — Believed by whom\?/);
    assert.match(brief, /## Places and dates/);
  });
});
