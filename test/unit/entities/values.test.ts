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
});
