import { strict as assert } from 'node:assert';
import { names } from './helpers';

describe('dates and figures', () => {
  it('finds dates, money, percentages and quantities', () => {
    const text = 'On 20 April the fund lent $5bn, a 10% rise, and 160,000 troops moved.';
    assert.deepEqual(names(text, 'date'), ['20 April']);
    assert.deepEqual(names(text, 'money'), ['$5bn']);
    assert.deepEqual(names(text, 'percent'), ['10%']);
    assert.deepEqual(names(text, 'quantity'), ['160,000 troops']);
  });

  it('reads a dateline\'s month abbreviation, with or without its full stop, as part of the date', () => {
    const text = 'VARNA, Oct 8 (Reuters) - Talks set for Nov. 4 moved to Sept 30, 2027.';
    assert.deepEqual(names(text, 'date'), ['Oct 8', 'Nov. 4', 'Sept 30, 2027']);
    assert.deepEqual(names(text, 'other'), [], 'no month left as a name of its own');
  });
});
