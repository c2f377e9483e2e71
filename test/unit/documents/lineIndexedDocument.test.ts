import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { LineIndexedDocument, lineStarts } from '../../../server/src/documents/lineIndexedDocument';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// text built from pieces that stress line handling: every kind of line end, surrogate pairs, empty lines
const piece = fc.constantFrom('a', 'Putin', ' ', '\n', '\r\n', '\r', '\n\n', '😀', 'é', '“', '\t', '');
const text = fc.array(piece, { maxLength: 40 }).map(parts => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 20 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

/** Every position and offset of the document, as both implementations see them. */
function sameDocument(ours: LineIndexedDocument, theirs: TextDocument): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  for (let offset = -1; offset <= theirs.getText().length + 1; offset++) assert.deepEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
  for (let line = -1; line <= theirs.lineCount; line++) {
    assert.deepEqual(ours.getLineRange(line), theirs.getLineRange(line), `getLineRange(${line})`);
    assert.equal(ours.getEOLCharacters(line), theirs.getEOLCharacters(line), `getEOLCharacters(${line})`);
    for (let character = -1; character <= 25; character++) assert.equal(ours.offsetAt({ line, character }), theirs.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
  }
}

/** The text after the changes, each range read by the library on a fresh copy of the text so far. */
function applied(initial: string, changes: TextDocumentContentChangeEvent[]): string {
  let current = initial;
  for (const c of changes) {
    if (!('range' in c)) {
      current = c.text;
      continue;
    }
    const fresh = TextDocument.create('file:///a.news', 'news', 1, current);
    const [a, b] = [fresh.offsetAt(c.range.start), fresh.offsetAt(c.range.end)].sort((x, y) => x - y);
    current = current.slice(0, a) + c.text + current.slice(b);
  }
  return current;
}

describe('LineIndexedDocument', () => {
  it('finds line starts after \\n, \\r\\n and \\r', () => {
    assert.deepEqual(lineStarts('ab\ncd\r\nef\rg'), [3, 7, 10]);
    assert.deepEqual(lineStarts('one line'), []);
    assert.deepEqual(lineStarts('\n\n', 100), [101, 102]);
  });

  it('maps positions like the library on CRLF text with an emoji', () => {
    const content = 'Kremlin 😀 said\r\nPeskov spoke.\r\n';
    const ours = new LineIndexedDocument('file:///a.news', 'news', 1, content);
    assert.deepEqual(ours.positionAt(content.indexOf('Peskov')), { line: 1, character: 0 });
    assert.deepEqual(ours.positionAt(content.indexOf('said')), { line: 0, character: 11 });
    assert.equal(ours.offsetAt({ line: 0, character: 99 }), content.indexOf('\r'));
    sameDocument(ours, TextDocument.create('file:///a.news', 'news', 1, content));
  });

  // The oracle for edits is the library reading each resulting text afresh: its own
  // incremental update miscounts lines when a range names lines past the end.
  it('after any edits, has the text and positions the library finds in that text afresh', () => {
    fc.assert(fc.property(text, fc.array(change, { maxLength: 6 }), (initial, changes) => {
      const ours = new LineIndexedDocument('file:///a.news', 'news', 1, initial);
      changes.forEach((c, i) => {
        const expected = applied(ours.getText(), [c]);
        ours.update([c], i + 2);
        assert.equal(ours.getText(), expected);
        sameDocument(ours, TextDocument.create('file:///a.news', 'news', i + 2, expected));
      });
      assert.equal(ours.version, changes.length + 1);
    }), { numRuns: RUNS });
  });

  it('applies the changes of one notification in order, updating an index it already has', () => {
    fc.assert(fc.property(text, fc.array(change, { minLength: 2, maxLength: 5 }), (initial, changes) => {
      const ours = new LineIndexedDocument('file:///a.news', 'news', 1, initial);
      ours.positionAt(0);
      ours.update(changes, 2);
      const expected = applied(initial, changes);
      assert.equal(ours.getText(), expected);
      sameDocument(ours, TextDocument.create('file:///a.news', 'news', 2, expected));
    }), { numRuns: RUNS });
  });
});
