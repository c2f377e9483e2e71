import { strict as assert } from 'node:assert';
import { analyze } from '../../../server/src/analysis/analyze';

function assertSpansValid(text: string) {
  const a = analyze(text);
  for (const e of a.entities) {
    for (const m of e.mentions) {
      assert.ok(m.start >= 0 && m.start <= m.end && m.end <= text.length, `mention ${m.start}-${m.end} outside text`);
      assert.equal(text.slice(m.start, m.end), m.text);
    }
    for (const r of e.roles) assert.equal(text.slice(r.start, r.end), r.text);
  }
  return a;
}

describe('entities on bad input', () => {
  it('handles empty text', () => assert.deepEqual(assertSpansValid('').entities, []));
  it('handles a single 200,000-character line', () => { assertSpansValid('Paris and Berlin agreed. '.repeat(8000)); });
  it('handles text with no capitals', () => assert.deepEqual(assertSpansValid('no capitals here at all, said nobody.').entities.filter(e => e.type === 'person'), []));
  it('keeps UTF-16 offsets exact after emoji and CRLF', () => {
    const text = '🇺🇦🔥 Update\r\nPresident Ivo Dant 😀 met Chancellor Rita Vos in Vienna.\r\n';
    const a = assertSpansValid(text);
    const ivo = a.entities.find(e => e.name === 'Ivo Dant');
    assert.equal(text.slice(ivo!.mentions[0].start, ivo!.mentions[0].end), 'Ivo Dant');
  });
  it('handles non-English text', () => { assertSpansValid('Путин заявил, что «переговоры» продолжатся. 北京 下雨了。'); });
  it('handles lone surrogates and zero-width characters', () => { assertSpansValid('Ana\u200bBell \ud800 met \u202eEvil\u202c Corp.'); });
});
