import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../server/src/settings';

describe('settings', () => {
  it('takes valid values and defaults for the rest', () => {
    const s = normalizeSettings({ sourcing: { severity: { 'vague-attribution': 'warning' }, minimumSeverity: 'information' } });
    assert.equal(s.sourcing.severity['vague-attribution'], 'warning');
    assert.equal(s.sourcing.severity['agentless-attribution'], 'hint');
    assert.equal(s.sourcing.minimumSeverity, 'information');
  });

  it('ignores invalid values of every kind', () => {
    for (const raw of [null, 42, 'x', [], { sourcing: 'loud' }, { sourcing: { severity: { 'anonymous-source': 'scream' }, minimumSeverity: 'off', namedSources: [1, '', 'a spokesman'] }, maxDocumentLength: -5 }]) {
      const s = normalizeSettings(raw);
      assert.equal(s.sourcing.severity['anonymous-source'], DEFAULT_SETTINGS.sourcing.severity['anonymous-source']);
      assert.equal(s.sourcing.minimumSeverity, 'hint');
      assert.equal(s.maxDocumentLength, DEFAULT_SETTINGS.maxDocumentLength);
    }
    assert.deepEqual(normalizeSettings({ sourcing: { namedSources: [1, '', 'a spokesman'] } }).sourcing.namedSources, ['a spokesman']);
  });
});
