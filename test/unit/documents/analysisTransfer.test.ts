import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';
import { AnalysisAssembly, analysisPieces } from '../../../server/src/documents/analysisTransfer';

const ARTICLE = [
  'Kremlin spokesman Yuri Belov said on Monday that talks would go on. 😀',
  '“We are ready,” Belov told reporters in Vienna.\r\n',
  'Sources in Minsk said the meeting had been moved. Experts warn of delays.',
].join('\n\n').repeat(40);

describe('analysis transfer from the worker', () => {
  it('cuts an analysis into pieces no longer than asked (unless one item is longer) and puts it back equal', () => {
    const analysis = analyze(ARTICLE);
    const pieces = analysisPieces(analysis, 2_000);
    assert.ok(pieces.length > 10, `only ${pieces.length} pieces`);
    for (const piece of pieces) {
      const parsed = JSON.parse(piece) as { items?: unknown[] };
      assert.ok(piece.length <= 2_000 + 100 || parsed.items?.length === 1, `a piece of ${piece.length} characters`);
    }
    const assembly = new AnalysisAssembly();
    for (const piece of pieces) assembly.add(piece);
    assert.deepEqual(assembly.result(), JSON.parse(JSON.stringify(analysis)));
  });

  it('keeps empty lists and the order of fields', () => {
    const analysis = analyze('');
    const assembly = new AnalysisAssembly();
    for (const piece of analysisPieces(analysis)) assembly.add(piece);
    assert.deepEqual(Object.keys(assembly.result()), Object.keys(analysis));
    assert.deepEqual(assembly.result(), JSON.parse(JSON.stringify(analysis)));
  });
});
