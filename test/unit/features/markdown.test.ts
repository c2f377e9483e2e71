import { strict as assert } from 'node:assert';
import { escapeMarkdown } from '../../../server/src/features/markdown';

describe('escaping document text for Markdown', () => {
  it('neutralises links, images, HTML, code and emphasis', () => {
    assert.equal(escapeMarkdown('[x](command:evil) ![i](http://e/x.png) <img src=x> `c` *b* _i_'),
      '\\[x\\]\\(command:evil\\) \\!\\[i\\]\\(http://e/x.png\\) &lt;img src=x&gt; \\`c\\` \\*b\\* \\_i\\_');
  });
  it('keeps ordinary punctuation readable', () => {
    assert.equal(escapeMarkdown('Putin\'s long-time aide, 3.5% up: fine.'), 'Putin\'s long-time aide, 3.5% up: fine.');
  });
  it('cannot start a list, heading or new block', () => {
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('# Title\n\n---'), '\\# Title  ---');
  });
});
