import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { semanticTokens, TOKEN_TYPES } from '../../../server/src/features/semanticTokens';
import type { Entity, Quote } from '../../../server/src/analysis/types';
import { analysisOf, spanOf } from './fixtures';

/** Decodes LSP's relative encoding back to [line, char, length, type]. */
function decode(data: number[]): Array<[number, number, number, string]> {
  const out: Array<[number, number, number, string]> = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push([line, char, data[i + 2], TOKEN_TYPES[data[i + 3]]]);
  }
  return out;
}

describe('semantic tokens', () => {
  const text = 'Ana Lind said: “Oslo will help.”\nShe left.';
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  const person: Entity = { id: 'e1', name: 'Ana Lind', type: 'person', roles: [], mentions: [{ ...spanOf(text, 'Ana Lind'), form: 'name', entity: 'e1', sentence: 0 }, { ...spanOf(text, 'She'), form: 'pronoun', entity: 'e1', sentence: 1 }] };
  const place: Entity = { id: 'e2', name: 'Oslo', type: 'place', roles: [], mentions: [{ ...spanOf(text, 'Oslo'), form: 'name', entity: 'e2', sentence: 0 }] };
  const quote: Quote = { ...spanOf(text, 'Oslo will help.'), kind: 'direct', speaker: 'e1', speakerText: 'Ana Lind', speakerSpan: spanOf(text, 'Ana Lind'), cue: spanOf(text, 'said'), paragraph: 0 };

  it('marks names, the cue and the quotation, cutting the quotation around a name inside it', () => {
    const tokens = decode(semanticTokens(analysisOf(text, { entities: [person, place], quotes: [quote] }), doc).data);
    assert.deepEqual(tokens, [
      [0, 0, 8, 'person'], [0, 9, 4, 'attributionCue'], [0, 16, 4, 'place'], [0, 20, 11, 'quotation'],
    ]);
  });

  it('splits a quotation that runs over a line break', () => {
    const t = 'He said: “One\ntwo.”';
    const q: Quote = { ...spanOf(t, 'One\ntwo.'), kind: 'direct', speaker: null, speakerText: null, speakerSpan: null, cue: null, paragraph: 0 };
    const tokens = decode(semanticTokens(analysisOf(t, { quotes: [q] }), TextDocument.create('file:///b', 'news', 1, t)).data);
    assert.deepEqual(tokens, [[0, 10, 3, 'quotation'], [1, 0, 4, 'quotation']]);
  });
});
