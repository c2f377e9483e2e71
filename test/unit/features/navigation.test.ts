import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/analysis/analyze';
import { definition, highlights, references } from '../../../server/src/features/navigation';

const TEXT = 'Belov resigns\nKremlin aide Yuri Belov quit on Monday. Belov’s deputy stays. He left.';
const doc = TextDocument.create('file:///a.news', 'news', 1, TEXT);
const analysis = analyze(TEXT);
const at = (part: string, from = 0) => TEXT.indexOf(part, from) + 1;
const texts = (ranges: Array<{ range: { start: unknown; end: unknown } }>) =>
  ranges.map(r => TEXT.slice(doc.offsetAt(r.range.start as never), doc.offsetAt(r.range.end as never)));

describe('navigation on entities', () => {
  it('goes from a surname to the full name that introduces the person', () => {
    const loc = definition(analysis, doc, at('Belov’s'));
    assert.ok(loc);
    assert.equal(TEXT.slice(doc.offsetAt(loc.range.start), doc.offsetAt(loc.range.end)), 'Yuri Belov');
  });

  it('lists every mention, names and pronouns alike', () => {
    assert.deepEqual(texts(references(analysis, doc, at('Belov'))), ['Belov', 'Yuri Belov', 'Belov', 'He']);
    assert.deepEqual(texts(references(analysis, doc, at('Belov'), false)), ['Belov', 'Belov', 'He']);
  });

  it('highlights all mentions of the entity under the cursor', () => {
    assert.equal(highlights(analysis, doc, at('Yuri')).length, 4);
    assert.deepEqual(highlights(analysis, doc, at('resigns')), []);
  });
});
