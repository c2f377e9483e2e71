import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { maskMarkdown } from '../../../server/src/analysis/text/markdownProse';
import { analyze } from '../../../server/src/analysis/analyze';
import { AnalysisCache, formatOf } from '../../../server/src/documents/analysisCache';
import { readingBrief } from '../../../server/src/brief/readingBrief';
import type { AnalysisOptions } from '../../../server/src/analysis/types';

/** The prose the analysis sees, with runs of blanks collapsed (for readable expectations). */
const prose = (md: string) => maskMarkdown(md).text.replace(/\s+/g, ' ').trim();

/** Masking only ever turns characters into spaces, and keeps every line break where it was. */
function assertMaskOf(original: string, masked: string) {
  assert.equal(masked.length, original.length, 'length changed');
  for (let i = 0; i < original.length; i++) {
    const o = original[i];
    const m = masked[i];
    if (o === '\n' || o === '\r') assert.equal(m, o, `line break at ${i} changed`);
    else if (m !== o) assert.ok(m === ' ' || /^&/.test(original.slice(i)), `character ${i} (${JSON.stringify(o)}) became ${JSON.stringify(m)}`);
  }
}

describe('markdown prose: what is masked', () => {
  it('blanks YAML front matter and parses its simple fields', () => {
    const md = '---\ntitle: "Ports reopen: a first ship"\nauthor: Ilse Marrow # staff writer\ndate: 2024-03-02\noutlet: \'The Fjordline Courier\'\ntags: [ports, grain]\n---\nThe ports reopened.\n';
    const result = maskMarkdown(md);
    assert.equal(prose(md), 'The ports reopened.');
    assert.deepEqual(result.frontMatter, { title: 'Ports reopen: a first ship', author: 'Ilse Marrow', date: '2024-03-02', outlet: 'The Fjordline Courier', tags: 'ports' });
    const author = result.frontMatterSpans!.author;
    assert.equal(md.slice(author.value.start, author.value.end), 'Ilse Marrow');
    assert.equal(md.slice(author.key.start, author.key.end), 'author');
    const outlet = result.frontMatterSpans!.outlet;
    assert.equal(md.slice(outlet.value.start, outlet.value.end), 'The Fjordline Courier');
  });

  it('blanks TOML front matter, and reads a YAML list of authors', () => {
    assert.deepEqual(maskMarkdown('+++\ntitle = "Grain deal"\nauthor = "Tove Rask"\n+++\nText.').frontMatter, { title: 'Grain deal', author: 'Tove Rask' });
    assert.equal(prose('+++\ntitle = "Grain deal"\n+++\nText.'), 'Text.');
    const list = '---\nauthors:\n  - Ana Lind\n  - Tomas Berg\n---\nBody.';
    const result = maskMarkdown(list);
    assert.equal(result.frontMatter?.authors, 'Ana Lind');
    const span = result.frontMatterSpans!.authors.value;
    assert.equal(list.slice(span.start, span.end), 'Ana Lind');
  });

  it('leaves a document without closing front matter fence alone (a thematic break)', () => {
    assert.equal(maskMarkdown('---\nNo front matter here.').frontMatter, undefined);
    assert.equal(prose('---\nNo front matter here.'), 'No front matter here.');
  });

  it('blanks fenced code blocks, with backticks or tildes, closed or not', () => {
    assert.equal(prose('Before.\n\n```js\nconst envoy = "Pelle Brunhold";\n```\n\nAfter.'), 'Before. After.');
    assert.equal(prose('Before.\n~~~~\nBrunhold said\n~~~\nstill code\n~~~~\nAfter.'), 'Before. After.');
    assert.equal(prose('Before.\n```\nnever closed, Brunhold'), 'Before.');
  });

  it('blanks indented code blocks, but not indented list continuations', () => {
    assert.equal(prose('Before.\n\n    const envoy = "Pelle Brunhold";\n    more();\n\nAfter.'), 'Before. After.');
    assert.equal(prose('1. First point\n\n    still the first point.\n'), 'First point still the first point.');
  });

  it('blanks inline code, keeping the text around it', () => {
    assert.equal(prose('The `Brunhold` flag and ``code with ` tick`` stay hidden.'), 'The flag and stay hidden.');
  });

  it('keeps link text and blanks URLs, titles and reference definitions', () => {
    assert.equal(prose('Minister [Oren Vaskel](https://example.org/vaskel "Profile") spoke.'), 'Minister Oren Vaskel spoke.');
    assert.equal(prose('See [the report][r1], [the annex][] and [Oslo].\n\n[r1]: https://example.org/r "Report"\n[the annex]: /annex\n[oslo]: <https://example.org/oslo>'),
      'See the report , the annex and Oslo .');
    assert.equal(prose('Mail <desk@example.org> or see <https://example.org/x>.'), 'Mail or see .');
    assert.equal(prose('Visit https://example.org/a_b?c=d, then (https://example.org/x).'), 'Visit , then ( ).');
    assert.equal(prose('Brackets [sic] with no definition stay.'), 'Brackets [sic] with no definition stay.');
  });

  it('blanks images whole: alt text and URL', () => {
    assert.equal(prose('Talks went on. ![Photo of Halda Brin](img/brin.jpg "Brin") Then lunch.'), 'Talks went on. Then lunch.');
    assert.equal(prose('![alt with [nested] brackets][pic]\n\n[pic]: a.png'), '');
  });

  it('blanks HTML tags and comments but keeps the text between tags', () => {
    assert.equal(prose('A <span class="x">quiet</span> deal<br/>was struck.'), 'A quiet deal was struck.');
    assert.equal(prose('Before <!-- Hidden Name -->after.'), 'Before after.');
    assert.equal(prose('Start.\n<!--\nHidden Name\n-->\nEnd.'), 'Start. End.');
    assert.equal(prose('Start.\n<script>\nconst Hidden = "Name";\n</script>\n<style>.a{}</style>\nEnd.'), 'Start. End.');
    assert.equal(prose('<div align="center">\n<p>Centred prose.</p>\n</div>'), 'Centred prose.');
  });

  it('keeps heading words, blanks heading, quote, list, task and emphasis markers', () => {
    assert.equal(prose('## Talks resume ##\nHarbour talks\n============='), 'Talks resume Harbour talks');
    assert.equal(prose('> > Nested quote.\n- item one\n* [x] done item\n10) tenth'), 'Nested quote. item one done item tenth');
    assert.equal(prose('**Bold** and _em_ and ~~gone~~ but snake_case_name and 5 * 3 stay.'), 'Bold and em and gone but snake_case_name and 5 * 3 stay.');
    assert.equal(prose('***\n\nText.\n\n- - -'), 'Text.');
  });

  it('blanks table delimiter rows and keeps cells apart with their pipes', () => {
    assert.equal(prose('| Name | Place |\n|:-----|------:|\n| Ana Lind | Oslo |'), '| Name | Place | | Ana Lind | Oslo |');
  });

  it('blanks escapes and footnote markers, decodes entities in place', () => {
    assert.equal(prose('Not \\*emphasis\\* here.[^1]\n\n[^1]: A note by Tove Rask.'), 'Not *emphasis * here. A note by Tove Rask.');
    const md = 'Kovač&nbsp;said &ldquo;yes&rdquo; &amp; left.';
    const masked = maskMarkdown(md).text;
    assert.equal(masked.length, md.length);
    assert.equal(masked.replace(/ +/g, ' '), 'Kovač said “ yes” & left.');
  });

  it('only turns characters into spaces, keeps line breaks, and never throws (generated Markdown)', () => {
    const pieces = ['# ', '## ', '> ', '- ', '1. ', '```', '~~~', '`', '    ', '\t', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '<b>', '</b>',
      '<script>', '</script>', '*', '**', '_', '~~', '\\', '&amp;', '&#8220;', '---\n', '+++\n', 'title: x\n', '[r]: /u\n', '|', '|---|\n', 'https://x.org/a',
      'Ana Lind', '😀', '🇺🇦', '\ud83d', '\r\n', '\n', '\n\n', ' ', 'said', '“', '”'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 50 }).map(p => p.join('')), md => {
      assertMaskOf(md, maskMarkdown(md).text);
    }), { numRuns: 300 });
  });

  it('the Markdown analysis never throws and keeps every span inside the text (generated Markdown)', function () {
    this.timeout(60_000);
    const pieces = ['---\nauthor: Ana Lind\n---\n', '# ', '> ', '- ', '```\n', '`', '[', '](https://x.org)', '![', '<b>', '<!--', '-->', '**', '\r\n', '\n\n',
      'Ana Lind', 'Minister Oren Vaskel', ' said ', '“', '”', 'sources in Minsk', '😀', '. '];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }).map(p => p.join('')), md => {
      const a = analyze(md, { format: 'markdown' });
      const inside = (s: { start: number; end: number }) => s.start >= 0 && s.start <= s.end && s.end <= md.length;
      for (const e of a.entities) for (const x of [...e.mentions, ...e.roles]) assert.ok(inside(x), `${e.name}: ${x.start}-${x.end}`);
      for (const q of a.quotes) assert.ok(inside(q));
      for (const c of a.claims) assert.ok(inside(c) && inside(c.claim));
    }), { numRuns: 100 });
  });
});

describe('markdown prose: analysis on the masked text', () => {
  // A Markdown article with CRLF line ends, emoji (surrogate pairs) before the names, front
  // matter, a code block naming someone, a link whose text names someone, and an image.
  const md = [
    '---',
    'title: "Harbour talks resume in Tarvik"',
    'author: Ilse Marrow',
    'date: 2024-03-02',
    'source: The Fjordline Courier',
    '---',
    '',
    '# Harbour talks resume 🚢 in Tarvik',
    '',
    '🇳🇴 Port director [Halda Brin](https://example.org/people/brin "Profile") said on Monday that the harbour would reopen. “We are ready,” Brin told reporters 😀.',
    '',
    '![Photo of Oren Vaskel](https://example.org/vaskel.jpg)',
    '',
    '```text',
    'Minister Pelle Brunhold said nothing.',
    '```',
    '',
    'The `Zelda Quorn` config stayed hidden, and <span>the ministry</span> confirmed the plan.',
    '',
  ].join('\r\n');
  const a = analyze(md, { format: 'markdown' });

  it('every span indexes the original text exactly', () => {
    assert.equal(a.length, md.length);
    for (const e of a.entities) {
      for (const m of e.mentions) assert.equal(md.slice(m.start, m.end), m.text, `mention ${m.text}`);
      for (const r of e.roles) assert.equal(md.slice(r.start, r.end), r.text, `role ${r.text}`);
    }
    for (const q of a.quotes) assert.ok(q.start >= 0 && q.end <= md.length);
  });

  it('finds a name in link text, at its place in the original', () => {
    const brin = a.entities.find(e => e.name === 'Halda Brin');
    assert.ok(brin, `entities: ${a.entities.map(e => e.name).join(', ')}`);
    const first = brin.mentions.find(m => m.form === 'name')!;
    assert.equal(first.start, md.indexOf('Halda Brin'));
    assert.equal(md.slice(first.start, first.end), 'Halda Brin');
    assert.ok(brin.roles.some(r => r.text === 'Port director'));
    const quote = a.quotes.find(q => q.text.startsWith('We are ready'));
    assert.equal(quote?.speaker, brin.id);
    assert.equal(md.slice(quote!.start, quote!.end), quote!.text);
  });

  it('does not find names in code blocks, inline code, image alt text or URLs', () => {
    const names = a.entities.map(e => e.name).join(' | ');
    for (const hidden of ['Brunhold', 'Zelda', 'Quorn', 'Vaskel', 'example', 'Profile']) assert.ok(!names.includes(hidden), `${hidden} found in: ${names}`);
  });

  it('reads the front matter into metadata and makes the author a person with a byline', () => {
    assert.deepEqual(a.metadata, { title: 'Harbour talks resume in Tarvik', author: 'Ilse Marrow', date: '2024-03-02', outlet: 'The Fjordline Courier' });
    const author = a.entities.find(e => e.name === 'Ilse Marrow');
    assert.ok(author);
    assert.equal(author.type, 'person');
    assert.deepEqual(author.roles.map(r => [r.source, r.text]), [['byline', 'author']]);
    assert.equal(author.mentions[0].start, md.indexOf('Ilse Marrow'));
    assert.equal(new Set(a.entities.map(e => e.id)).size, a.entities.length, 'entity ids are unique');
  });

  it('gives the byline to the person the article already names, instead of a second entity', () => {
    const text = '---\nauthor: Tove Rask\n---\nTove Rask reports from Brel. Rask said the harbour is shut.\n';
    const analysis = analyze(text, { format: 'markdown' });
    const rask = analysis.entities.filter(e => /Rask/.test(e.name));
    assert.equal(rask.length, 1);
    assert.ok(rask[0].roles.some(r => r.source === 'byline'));
    assert.ok(rask[0].mentions.length >= 3);
  });

  it('is the plain analysis when the format is plain (the default)', () => {
    const text = 'Envoy Ana Lind said: “We will return.”\n';
    assert.deepEqual(analyze(text, { format: 'plain' }), analyze(text));
    assert.equal(analyze(text).metadata, undefined);
  });

  it('the analysis cache picks the Markdown format from the language id (or a .md file name)', () => {
    assert.equal(formatOf({ uri: 'file:///a.news', languageId: 'markdown' }), 'markdown');
    assert.equal(formatOf({ uri: 'file:///a.md', languageId: 'plaintext' }), 'plain');
    assert.equal(formatOf({ uri: 'file:///a.md' }), 'markdown');
    assert.equal(formatOf({ uri: 'untitled:Untitled-1', languageId: 'news' }), 'plain');
    const seen: AnalysisOptions[] = [];
    const cache = new AnalysisCache({ maxFullAnalysisLength: 5000 }, (text, options = {}) => { seen.push(options); return analyze(text, options); });
    cache.get({ uri: 'file:///a.md', version: 1, languageId: 'markdown', getText: () => '`Zelda Quorn`' });
    cache.get({ uri: 'file:///b.txt', version: 1, languageId: 'plaintext', getText: () => 'Zelda Quorn' });
    assert.deepEqual(seen.map(o => o.format), ['markdown', 'plain']);
    assert.equal(seen[0].maxFullAnalysisLength, 5000);
  });

  it('the reading brief shows the front matter’s headline, byline, outlet and date', () => {
    const brief = readingBrief('file:///talks.md', md, a);
    assert.match(brief, /^# Reading brief: Harbour talks resume in Tarvik\n/);
    assert.match(brief, /By Ilse Marrow · The Fjordline Courier · 2024-03-02/);
  });
});
