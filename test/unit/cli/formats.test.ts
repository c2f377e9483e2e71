import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze } from '../../../server/src/analysis/analyze';
import { csvField, csvRecord } from '../../../server/src/cli/formats/csv';
import { documentFormat } from '../../../server/src/cli/formats/documents';
import { type DocumentResult, toJson } from '../../../server/src/cli/formats/json';
import { toMarkdown } from '../../../server/src/cli/formats/markdown';
import { ansiStyle, toText } from '../../../server/src/cli/formats/text';
import { AWKWARD_QUOTE, HARBOUR_TALKS, QUOTA_DEAL, folder, run } from './helpers';

/** Parses RFC 4180 CSV (CRLF records, quoted fields with doubled quotes). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  assert.equal(field + row.join(''), '', 'the last record ends with CRLF');
  return rows;
}

describe('dossier analyze --format csv: the quotes', () => {
  it('prints the header and one record per quote: file, line, speaker, first non-byline role, cue, kind, quote', async () => {
    const root = folder({ 'a.news': HARBOUR_TALKS, 'b.news': QUOTA_DEAL });
    const r = await run(['analyze', '--format', 'csv', root]);
    assert.equal(r.code, 0, r.err);
    const [header, ...records] = parseCsv(r.out);
    assert.deepEqual(header, ['file', 'line', 'speaker', 'role', 'cue', 'kind', 'quote']);
    const a = join(root, 'a.news');
    const b = join(root, 'b.news');
    assert.deepEqual(records.slice(0, 2), [
      [a, '3', 'Ada Lind', 'Foreign Minister', 'said', 'indirect', 'Oslo would help the fishing towns'],
      [a, '5', 'Tor Varga', 'a spokesman for the Nordic Fisheries Council', 'said', 'direct', 'We will not wait for the winter,'],
    ]);
    assert.deepEqual(records.filter(rec => rec[0] === b).map(rec => rec.slice(1, 3)), [['3', 'Ada Lind'], ['5', 'Mira Castell']]);
  });

  it('quotes fields with commas, double quotes and line breaks as RFC 4180 says', async () => {
    const root = folder({ 'talks, day 2.news': AWKWARD_QUOTE });
    const r = await run(['analyze', '--format', 'csv', root]);
    const file = join(root, 'talks, day 2.news');
    assert.equal(r.out.split('\r\n')[1], `"${file}",3,Pella Okafor,envoy,said,direct,"We said ""no"", twice,"`);
    assert.deepEqual(parseCsv(r.out)[1], [file, '3', 'Pella Okafor', 'envoy', 'said', 'direct', 'We said "no", twice,']);
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField(' padded'), '" padded"');
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvRecord(['a', 1, '']), 'a,1,\r\n');
  });

  it('leaves speaker and role empty for an unattributed quote', async () => {
    const root = folder({ 'a.news': '"Nobody told us anything," one sailor complained.\n' });
    const [, record] = parseCsv((await run(['analyze', '--format', 'csv', root])).out);
    assert.deepEqual(record.slice(1), ['1', '', '', 'complained', 'direct', 'Nobody told us anything,']);
  });

  it('prints only the header when there are no quotes', async () => {
    const root = folder({ 'a.news': 'The council met on Monday.\n' });
    assert.equal((await run(['analyze', '--format', 'csv', root])).out, 'file,line,speaker,role,cue,kind,quote\r\n');
  });
});

describe('document formats printed piece by piece', () => {
  const results: DocumentResult[] = [HARBOUR_TALKS, QUOTA_DEAL, AWKWARD_QUOTE].map((text, i) => ({ file: `article-${i}.news`, text, analysis: analyze(text) }));
  const pieced = (name: Parameters<typeof documentFormat>[0], rs: DocumentResult[], color = false) => {
    const f = documentFormat(name, { color });
    return f.head + rs.map(f.document).join(f.separator) + f.tail(rs.length);
  };

  it('gives the same bytes as rendering all documents at once, for 0, 1 and 3 documents', () => {
    for (const rs of [[], results.slice(0, 1), results]) {
      assert.equal(pieced('json', rs), toJson(rs) + '\n');
      assert.equal(pieced('markdown', rs), toMarkdown(rs));
      assert.equal(pieced('text', rs), toText(rs));
      assert.equal(pieced('text', rs, true), toText(rs, ansiStyle));
    }
  });
});
