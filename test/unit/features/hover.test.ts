import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver';
import { analyze } from '../../../server/src/analysis/analyze';
import { hover } from '../../../server/src/features/hover';
import { builtinKnowledge } from '../../../server/src/knowledge/knowledgeBase';

function hoverOn(text: string, word: string, uri = 'file:///a.news') {
  const doc = TextDocument.create(uri, 'news', 1, text);
  const h = hover(analyze(text), doc, text.indexOf(word) + 1, builtinKnowledge());
  return h && { value: (h.contents as MarkupContent).value, range: h.range };
}

describe('hover', () => {
  it('names the entity, its type and the role the article gives, with a link to that line', () => {
    const text = 'Talks resumed.\nKremlin spokesman Yuri Belov spoke. Belov left.';
    const h = hoverOn(text, 'Belov left');
    assert.ok(h);
    assert.match(h.value, /\*\*Yuri Belov\*\* · Person/);
    assert.match(h.value, /- Kremlin spokesman · \[line 2\]\(file:\/\/\/a\.news#L2,1\)/);
    assert.match(h.value, /mentioned 2 times/);
    assert.deepEqual(h.range, { start: { line: 1, character: 36 }, end: { line: 1, character: 41 } });
  });

  it('adds what the knowledge base knows, with the date its role dates from', () => {
    const h = hoverOn('Peskov spoke to reporters on Monday.', 'Peskov');
    assert.ok(h);
    assert.match(h.value, /\*\*Dmitry Peskov\*\* · Person/);
    assert.match(h.value, /\*\*Background\*\*/);
    assert.match(h.value, /as of \d{4}/);
    assert.match(h.value, /\[Open in Wikipedia\]\(https:\/\/en\.wikipedia\.org\/wiki\//);
  });

  it('expands an acronym', () => {
    const h = hoverOn('Banks were cut off from SWIFT last year.', 'SWIFT');
    assert.ok(h);
    assert.match(h.value, /Society for Worldwide Interbank Financial Telecommunication/);
  });

  it('resolves a nominal mention to the person it refers to', () => {
    const text = 'President Vladimir Putin spoke. Later the Russian leader left the room.';
    const h = hoverOn(text, 'the Russian leader');
    assert.ok(h);
    assert.match(h.value, /\*\*Vladimir Putin\*\*/);
    assert.match(h.value, /refers to Vladimir Putin/);
  });

  it('on a nationality inside a nominal mention, shows whom the whole phrase refers to', () => {
    // the nationality is met first, so it is listed before the person
    const text = 'Russian troops moved. President Vladimir Putin spoke. Later the Russian leader left the room.';
    const h = hoverOn(text, 'Russian leader');
    assert.ok(h);
    assert.match(h.value, /\*\*Vladimir Putin\*\*/);
    assert.deepEqual(h.range, { start: { line: 0, character: 60 }, end: { line: 0, character: 78 } });
  });

  it('answers null away from any entity', () => {
    assert.equal(hoverOn('Nothing here at all.', 'here'), null);
  });

  it('escapes document text so an article cannot inject links or HTML', () => {
    const h = hoverOn('Foreign Minister Ana [Evil](command:x) Lind met Oslo officials.', 'Oslo');
    assert.ok(h);
    assert.doesNotMatch(h.value, /\]\(command:/);
  });

  it('keeps a link to a file whose name has brackets well-formed', () => {
    const h = hoverOn('Kremlin spokesman Yuri Belov spoke.', 'Belov', 'file:///news/a(1).news');
    assert.match(h!.value, /file:\/\/\/news\/a%281%29\.news#L1,1/);
  });
});

describe('hover on terms of the trade', () => {
  it('explains a term the knowledge base knows, matched in any case and as the longest phrase', () => {
    const h = hoverOn('Secondary sanctions on buyers of oil were threatened.', 'sanctions');
    assert.ok(h);
    assert.match(h.value, /\*\*secondary sanctions\*\* · Term/);
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 19 } });
  });

  it('matches an acronym term only in capitals', () => {
    assert.ok(hoverOn('Europe bought more LNG this winter.', 'LNG'));
    assert.equal(hoverOn('He said lng was cheap.', 'lng'), null);
  });
});
