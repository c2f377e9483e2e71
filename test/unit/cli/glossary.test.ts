import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { positions } from '../../../server/src/cli/glossaries';
import { DAM_REPAIRS, RESERVOIR_LEVELS, WATER_BOARD_GLOSSARY, folder, run } from './helpers';

interface JsonEntity { name: string; type: string; mentions: Array<{ text: string }>; knowledge?: { id: string; summary: string; roles?: unknown[]; asOf?: string } }

function entities(out: string): JsonEntity[] {
  return JSON.parse(out).documents.flatMap((d: { entities: JsonEntity[] }) => d.entities);
}

/** A glossary whose entries are given line by line, for problems at known places. */
function lines(...ls: string[]): string {
  return ls.join('\n') + '\n';
}

describe('dossier analyze --glossary FILE', () => {
  const dir = folder({ 'news/reservoir.news': RESERVOIR_LEVELS, 'news/dam.news': DAM_REPAIRS, 'water.json': WATER_BOARD_GLOSSARY });
  const news = join(dir, 'news');
  const reservoir = join(news, 'reservoir.news');
  const dam = join(news, 'dam.news');
  const glossary = join(dir, 'water.json');

  it('finds and types names from the glossary, groups their aliases and shows their knowledge in the JSON', async () => {
    const r = await run(['analyze', '--format', 'json', '--glossary', glossary, reservoir, dam]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const found = entities(r.out);
    const board = found.find(e => e.name === 'Harrow Valley Water Board')!;
    assert.equal(board.type, 'organization');
    assert.deepEqual(board.mentions.map(m => m.text), ['Harrow Valley Water Board', 'HVWB']);
    assert.deepEqual(board.knowledge, { id: 'harrow-valley-water-board', summary: 'Regional utility that runs the reservoirs and pipes of the Harrow valley.' });
    assert.ok(!found.some(e => e.name === 'HVWB'), 'the alias is no entity of its own');
    const firm = found.find(e => e.name === 'Quillfeather')!;
    assert.equal(firm.type, 'organization');
    assert.equal(firm.knowledge?.id, 'quillfeather');
    const chair = found.filter(e => e.knowledge?.id === 'odile-marchetti');
    assert.equal(chair.length, 2, 'the full name in one article, the surname alone in the other');
    assert.deepEqual(chair[0].knowledge?.roles, [{ title: 'Chair of the Harrow Valley Water Board', asOf: '2025-03' }]);
    assert.equal(chair[0].knowledge?.asOf, '2025-03');

    const without = entities((await run(['analyze', '--format', 'json', reservoir, dam])).out);
    assert.ok(without.every(e => !e.knowledge), 'the built-in knowledge base knows none of them');
  });

  it('accepts --glossary=FILE and -g FILE', async () => {
    const long = await run(['analyze', '--format', 'json', '--glossary', glossary, dam]);
    assert.equal((await run(['analyze', '--format', 'json', `--glossary=${glossary}`, dam])).out, long.out);
    assert.equal((await run(['analyze', '-g', glossary, '--format', 'json', dam])).out, long.out);
  });

  it('shows the glossary summaries in the Markdown reading brief', async () => {
    const r = await run(['analyze', '--format', 'markdown', '--glossary', glossary, reservoir]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /- \*\*Harrow Valley Water Board\*\* \(2 mentions[^\n]*\n {2}Regional utility that runs the reservoirs and pipes of the Harrow valley\.\n/);
    assert.match(r.out, /- \*\*Odile Marchetti\*\*[^\n]*\n {2}Chair of the water board since 2022\.\n/);
    assert.doesNotMatch((await run(['analyze', '--format', 'markdown', reservoir])).out, /Regional utility/);
  });

  it('groups the index of people by glossary entry, in dossier people and analyze --index alike', async () => {
    const r = await run(['people', '--format', 'json', '--glossary', glossary, news]);
    assert.equal(r.code, 0, r.err);
    const index = JSON.parse(r.out).entities as Array<{ name: string; type: string; knowledgeId?: string; articles: number; files: string[] }>;
    const chair = index.find(e => e.knowledgeId === 'odile-marchetti')!;
    assert.equal(chair.name, 'Odile Marchetti');
    assert.deepEqual(chair.files, [dam, reservoir]);
    assert.equal(index.find(e => e.name === 'Quillfeather')?.type, 'organization');
    assert.deepEqual(await run(['analyze', '--index', '--format', 'json', '--glossary', glossary, news]), r);
  });

  it('merges several glossaries in the order given: a later entry replaces an earlier one with the same id', async () => {
    const other = join(folder({ 'other.json': JSON.stringify([{ id: 'quillfeather', name: 'Quillfeather', type: 'organization', summary: 'Dam contractor owned by the valley councils.' }]) }), 'other.json');
    const summary = async (...glossaries: string[]) => {
      const r = await run(['analyze', '--format', 'json', ...glossaries.flatMap(g => ['--glossary', g]), dam]);
      assert.equal(r.code, 0, r.err);
      return entities(r.out).find(e => e.name === 'Quillfeather')?.knowledge?.summary;
    };
    assert.equal(await summary(glossary, other), 'Dam contractor owned by the valley councils.');
    assert.equal(await summary(other, glossary), 'Engineering firm that maintains the valley’s dams.');
    // the entries the later file does not replace still count
    const both = await run(['analyze', '--format', 'json', '--glossary', glossary, '--glossary', other, reservoir]);
    assert.equal(entities(both.out).find(e => e.name === 'Harrow Valley Water Board')?.knowledge?.id, 'harrow-valley-water-board');
  });

  it('prints each problem as FILE:LINE:COL: error|warning: message on stderr and still uses the good entries', async () => {
    const text = lines(
      '{',
      '  "entries": [',
      '    { "name": "Quillfeather", "type": "organisation", "summary": "A misspelt type." },',
      '    { "name": "Harrow Valley Water Board", "type": "organization", "aliases": ["HVWB"],',
      '      "sumary": "A typo in a field name.", "summary": "Regional utility." }',
      '  ]',
      '}',
    );
    const bad = join(folder({ 'bad.json': text }), 'bad.json');
    const r = await run(['analyze', '--format', 'json', '--glossary', bad, reservoir, dam]);
    assert.equal(r.code, 0, r.err);
    const typeColumn = text.split('\n')[2].indexOf('"organisation"') + 1;
    const typoColumn = text.split('\n')[4].indexOf('"sumary"') + 1;
    assert.equal(typeColumn, 39);
    assert.deepEqual(r.err.split('\n').filter(Boolean).map(l => l.replace(/: (error|warning): .*$/, ': $1')), [
      `${bad}:3:${typeColumn}: error`,
      `${bad}:5:${typoColumn}: warning`,
    ]);
    assert.match(r.err, /^.*:3:39: error: “type” must be one of person, organization, place, event, term, nationality; this entry is left out\.$/m);
    assert.match(r.err, /:5:7: warning: Unknown property “sumary” is ignored\./);
    const found = entities(r.out);
    assert.equal(found.find(e => e.name === 'Harrow Valley Water Board')?.knowledge?.summary, 'Regional utility.');
    assert.ok(!found.some(e => e.knowledge?.id === 'quillfeather'), 'the entry with an error is left out');
  });

  it('counts lines ending in CRLF or CR as an editor does, and columns without a byte-order mark', async () => {
    const text = ['[', '  { "name": "Quillfeather", "type": "firm", "summary": "Engineers." },', '  { "name": "Odile Marchetti", "type": "person", "summary": "Chair." }', ']'];
    const files = folder({ 'crlf.json': text.join('\r\n'), 'cr.json': text.join('\r'), 'bom.json': '\ufeff' + text.join(' ') });
    const column = text[1].indexOf('"firm"') + 1;
    for (const [name, where] of [['crlf.json', `2:${column}`], ['cr.json', `2:${column}`], ['bom.json', `1:${text[0].length + 1 + column}`]]) {
      const r = await run(['analyze', '--format', 'json', '--glossary', join(files, name), dam]);
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, new RegExp(`^${join(files, name).replace(/[\\.]/g, '\\$&')}:${where}: error: “type” must be one of`), name);
    }
    const at = positions('ab\r\ncd\ref\ngh');
    assert.deepEqual([0, 1, 2, 3, 4, 7, 10, 11, 12].map(o => at(o)).map(p => `${p.line}:${p.column}`), ['1:1', '1:2', '1:3', '1:4', '2:1', '3:1', '4:1', '4:2', '4:3']);
  });

  it('exits 2 before analysing when a glossary is missing, a folder or not UTF-8, naming the file', async () => {
    const files = folder({ 'latin1.json': Buffer.from('[{"name":"Caf\xe9","type":"place","summary":"x"}]', 'latin1') });
    const missing = join(files, 'missing.json');
    for (const [path, problem] of [[missing, 'no such file'], [files, 'is a directory'], [join(files, 'latin1.json'), 'not valid UTF-8 text']]) {
      for (const command of [['analyze', '--format', 'json'], ['people'], ['analyze', '--index']]) {
        const r = await run([...command, '--glossary', glossary, '--glossary', path, reservoir]);
        assert.equal(r.code, 2, `${command.join(' ')} ${path}`);
        assert.equal(r.out, '', 'nothing analysed, not even the head of the JSON');
        assert.equal(r.err, `dossier: cannot read the glossary ${path}: ${problem}\n`);
      }
    }
  });

  it('exits 2 before analysing when a glossary yields nothing because of errors: invalid JSON, not a glossary, every entry wrong', async () => {
    const files = folder({
      'comma.json': lines('{ "entries": [', '  { "name": "Quillfeather", "type": "organization", "summary": "Engineers.", }', '] }'),
      'object.json': '{ "people": [] }\n',
      'wrong.json': '[{ "name": "Quillfeather", "type": "organization" }]\n',
      'empty.json': '{ "entries": [] }\n',
    });
    const cases: Array<[string, RegExp]> = [
      ['comma.json', /:2:76: error: Trailing commas are not allowed in JSON\. The glossary was not loaded\.\n/],
      ['object.json', /:1:1: error: The glossary has no “entries” array\.\n[^\n]*:1:3: warning: Unknown property “people”/],
      ['wrong.json', /:1:2: error: This entry has no “summary”[^\n]*\n/],
    ];
    for (const [name, problems] of cases) {
      const path = join(files, name);
      const r = await run(['analyze', '--format', 'json', '--glossary', path, reservoir]);
      assert.equal(r.code, 2, name);
      assert.equal(r.out, '', name);
      assert.match(r.err, problems, name);
      assert.ok(r.err.startsWith(`${path}:`), r.err);
      assert.ok(r.err.endsWith(`dossier: the glossary ${path} could not be used (see the errors above)\n`), r.err);
    }
    // an empty glossary is no mistake
    const empty = await run(['analyze', '--format', 'json', '--glossary', join(files, 'empty.json'), reservoir]);
    assert.deepEqual([empty.code, empty.err], [0, '']);
  });

  it('exits 2 on a --glossary without a file, and documents the option in the help', async () => {
    for (const argv of [['analyze', reservoir, '--glossary'], ['people', '--glossary=', reservoir], ['analyze', '-g']]) {
      const r = await run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /^dossier: (--glossary|-g) needs a file.*\nRun 'dossier \w+ --help' for usage\.\n$/, argv.join(' '));
    }
    for (const command of ['analyze', 'people']) {
      const help = (await run([command, '--help'])).out;
      assert.match(help, /^Usage: dossier \w+ .*\[--glossary FILE\]\.\.\. FILE\|DIR\.\.\./, command);
      assert.match(help, /-g, --glossary FILE\n\s+also use the entries of this glossary/, command);
    }
  });
});
