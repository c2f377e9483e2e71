import { strict as assert } from 'node:assert';
import { groupThousands } from '../../server/src/groupThousands';

describe('groupThousands', () => {
  it('writes numbers as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 64_000, 1_000_000, 1_234_567, 12.5, 1234.75, -4500]) assert.equal(groupThousands(n), n.toLocaleString('en'), String(n));
  });
});
