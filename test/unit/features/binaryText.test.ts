import { strict as assert } from 'node:assert';
import { looksBinaryText } from '../../../server/src/documents/binaryText';

describe('binary files opened as text', () => {
  it('spots a NUL character or many replacement characters', () => {
    assert.equal(looksBinaryText('PNG\u0000\u0001IHDR'), true);
    assert.equal(looksBinaryText('\ufffd\ufffdJFIF\ufffd\u0007\ufffd'.repeat(20)), true);
  });
  it('leaves articles alone, with tabs, CRLF, emoji and other scripts', () => {
    assert.equal(looksBinaryText('Talks resumed in Geneva.\r\n\tПереговоры 😀 继续。'), false);
    assert.equal(looksBinaryText(''), false);
  });
});
