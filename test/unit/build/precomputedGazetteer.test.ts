import { strict as assert } from 'node:assert';
import { buildGazetteer, Gazetteer, type GazetteerSnapshot } from '../../../server/src/analysis/entities/gazetteer';
import { builtinKnowledge } from '../../../server/src/knowledge/knowledgeBase';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { gazetteerSnapshotJson } = require('../../../scripts/build/precomputedGazetteer') as { gazetteerSnapshotJson(): Promise<string> };

describe('the gazetteer snapshot made at build time', function () {
  this.timeout(60_000);
  let built: Gazetteer;
  let snapshot: GazetteerSnapshot;

  before(async () => {
    built = buildGazetteer(builtinKnowledge());
    snapshot = JSON.parse(await gazetteerSnapshotJson()) as GazetteerSnapshot;
  });

  it('is the gazetteer the source builds', () => {
    assert.deepEqual(snapshot, JSON.parse(JSON.stringify(built.snapshot())));
  });

  it('answers every lookup as the gazetteer it was made from', () => {
    const restored = Gazetteer.fromSnapshot(snapshot);
    assert.equal(restored.maxWords, built.maxWords);
    for (const [phrase, afterThe] of [['Kremlin', false], ['U.S.', false], ['WHO', false], ['who', false], ['Treasury', true], ['Treasury', false], ['Tromsø', false], ['Black Sea', false], ['Nowhere Atoll', false]] as const) {
      assert.deepEqual(restored.get(phrase, afterThe), built.get(phrase, afterThe), phrase);
    }
  });
});
