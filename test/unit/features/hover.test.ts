import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/analyze';
import { hover } from '../../../server/src/features/hover';
import { escapeMarkdown } from '../../../server/src/features/markdown';
import type { MarkupContent } from 'vscode-languageserver';

function hoverOn(text: string, word: string) {
  const doc = TextDocument.create('file:///a.news', 'news', 1, text);
  const h = hover(analyze(text), doc, text.indexOf(word) + 1);
  return h && { value: (h.contents as MarkupContent).value, range: h.range };
}

describe('hover', () => {
  it('names the entity, its type and the role the article gives', () => {
    const h = hoverOn('Kremlin spokesman Yuri Belov spoke. Belov left.', 'Belov left');
    assert.ok(h);
    assert.match(h.value, /\*\*Yuri Belov\*\* · Person/);
    assert.match(h.value, /Kremlin spokesman/);
    assert.match(h.value, /Mentioned 2 times/);
    assert.deepEqual(h.range, { start: { line: 0, character: 36 }, end: { line: 0, character: 41 } });
  });

  it('answers null away from any entity', () => {
    assert.equal(hoverOn('Nothing here at all.', 'here'), null);
  });

  it('escapes document text so an article cannot inject links or HTML', () => {
    assert.equal(escapeMarkdown('[x](command:evil) <img>'), '\\[x\\]\\(command\\:evil\\) &lt;img&gt;');
  });
});
