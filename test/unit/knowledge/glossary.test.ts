import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { idFromName, parseGlossary, withGlossary } from '../../../server/src/knowledge/glossary';
import { GlossaryFiles } from '../../../server/src/knowledge/glossaryFiles';
import { builtinKnowledge } from '../../../server/src/knowledge/knowledgeBase';
import { glossaryDiagnostics } from '../../../server/src/features/glossaryDiagnostics';
import { analyze } from '../../../server/src/analysis/analyze';
import { builtinGazetteer } from '../../../server/src/analysis/entities/gazetteer';

const ENTRY = { id: 'tomas-aldern', name: 'Tomas Aldern', type: 'person', summary: 'Fictional harbour commissioner of Velmora.' };
const at = (text: string, part: string) => text.indexOf(part);

describe('glossary parsing', () => {
  it('reads an object with entries, and a bare array of entries', () => {
    const a = parseGlossary(JSON.stringify({ $schema: './x.json', entries: [ENTRY] }));
    assert.deepEqual(a.problems, []);
    assert.deepEqual(a.entries, [ENTRY]);
    const b = parseGlossary(JSON.stringify([ENTRY]));
    assert.deepEqual(b.entries, [ENTRY]);
  });

  it('keeps every field of the knowledge entry shape, normalised', () => {
    const full = {
      id: 'velmora-port-authority', name: 'Velmora Port Authority', type: 'organization', aliases: ['VPA', 'VPA', ' Port Authority '],
      expansion: 'Velmora Port Authority', summary: '  Runs the port.  ', roles: [{ title: 'Port operator', asOf: '2025-01' }],
      country: 'fr', wikipedia: 'Port of Velmora', wikidata: 'Q42', facts: { region: 'Europe', population: 1000 },
    };
    const { entries, problems } = parseGlossary(JSON.stringify({ entries: [full] }));
    assert.deepEqual(problems, []);
    assert.deepEqual(entries[0], {
      id: 'velmora-port-authority', name: 'Velmora Port Authority', type: 'organization', summary: 'Runs the port.',
      aliases: ['VPA', 'Port Authority'], roles: [{ title: 'Port operator', asOf: '2025-01' }], expansion: 'Velmora Port Authority',
      country: 'FR', wikipedia: 'Port_of_Velmora', wikidata: 'Q42', facts: { region: 'Europe', population: 1000 },
    });
  });

  it('makes an id from the name when there is none', () => {
    const { entries } = parseGlossary(JSON.stringify([{ name: 'Émile Dubois-Ngata', type: 'person', summary: 'A fictional envoy.' }]));
    assert.equal(entries[0].id, 'emile-dubois-ngata');
    assert.equal(idFromName("People's Liberation Army"), 'peoples-liberation-army');
  });

  it('reports bad JSON once, at the offending character, and loads nothing', () => {
    const text = '{ "entries": [ { "name": "A" } ';
    const { entries, problems } = parseGlossary(text);
    assert.equal(entries.length, 0);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'error');
    assert.match(problems[0].message, /ends inside an array/);
    for (const [bad, where, message] of [
      ['{ "entries": [], }', at('{ "entries": [], }', ','), /Trailing comma/],
      ["{ 'entries': [] }", 2, /property name/],
      ['{ "entries": [] } x', 18, /after the end/],
      ['// note\n[]', 0, /Comments/],
      ['{ "a": "line\nbreak" }', 7, /not closed/],
      ['[01]', 2, /Expected “,” or “]”/],
    ] as const) {
      const r = parseGlossary(bad);
      assert.equal(r.problems.length, 1, bad);
      assert.equal(r.problems[0].start, where, bad);
      assert.match(r.problems[0].message, message, bad);
    }
  });

  it('drops an entry with an error, pointing at the offending value, and keeps the others', () => {
    const text = JSON.stringify({ entries: [ENTRY, { name: 'Nobody', type: 'robot', summary: 'x' }, { name: 'No summary', type: 'person' }, 'just text'] }, null, 2);
    const { entries, problems } = parseGlossary(text);
    assert.deepEqual(entries.map(e => e.id), ['tomas-aldern']);
    const errors = problems.filter(p => p.severity === 'error');
    assert.equal(errors.length, 3);
    assert.equal(text.slice(errors[0].start, errors[0].end), '"robot"');
    assert.match(errors[1].message, /no “summary”/);
    assert.equal(text[errors[1].start], '{');
    assert.equal(text.slice(errors[2].start, errors[2].end), '"just text"');
  });

  it('warns about bad optional fields and unknown properties, and keeps the entry', () => {
    const entry = { ...ENTRY, sumary: 'typo', aliases: ['ok', 3], roles: [{ title: 'Commissioner', asOf: 'May 2025' }, { title: 'Mayor', asOf: '2024-13' }, { title: 'Envoy', asOf: '2024-12' }], country: 'XX', wikidata: 'wd42' };
    const text = JSON.stringify([entry], null, 2);
    const { entries, problems } = parseGlossary(text);
    assert.equal(entries.length, 1);
    assert.deepEqual(entries[0].aliases, ['ok']);
    assert.deepEqual(entries[0].roles, [{ title: 'Envoy', asOf: '2024-12' }]);
    assert.equal(entries[0].country, undefined);
    assert.equal(entries[0].wikidata, undefined);
    assert.ok(problems.every(p => p.severity === 'warning'));
    const pointed = problems.map(p => text.slice(p.start, p.end));
    assert.ok(pointed.includes('"sumary"'), pointed.join(' | '));
    assert.ok(pointed.includes('3'));
    assert.ok(pointed.includes('"May 2025"'));
    assert.ok(pointed.includes('"2024-13"'));
    assert.ok(pointed.includes('"XX"'));
    assert.ok(pointed.includes('"wd42"'));
  });

  it('lets a later entry with the same id replace an earlier one, with a warning', () => {
    const { entries, problems } = parseGlossary(JSON.stringify([ENTRY, { ...ENTRY, summary: 'Second.' }]));
    assert.deepEqual(entries.map(e => e.summary), ['Second.']);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].severity, 'warning');
  });

  it('reads an empty file as an empty glossary, and a wrong top level as an error', () => {
    assert.deepEqual(parseGlossary('  \n'), { entries: [], problems: [] });
    assert.match(parseGlossary('"entries"').problems[0].message, /object with an “entries” array/);
    assert.match(parseGlossary('{ "entries": {} }').problems[0].message, /must be an array/);
    assert.match(parseGlossary('{}').problems[0].message, /no “entries”/);
  });

  it('never throws on hostile input', () => {
    for (const text of ['['.repeat(10_000), '{"entries":[' + '{"name":1},'.repeat(1000) + '{}]}', '\uFEFF[]', '"\\u12"', '[1e999]', '\u0000', '{"entries":[{"name":"\\ud800","type":"person","summary":"x"}]}']) {
      const r = parseGlossary(text);
      assert.ok(Array.isArray(r.entries) && Array.isArray(r.problems));
    }
    assert.deepEqual(parseGlossary('\uFEFF[]').problems, []);
  });
});

describe('glossary merged into the knowledge base', () => {
  it('adds new entries and replaces built-in ones with the same id', () => {
    const base = builtinKnowledge();
    const kb = withGlossary(base, [ENTRY as never, { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', summary: 'Overridden.' }]);
    assert.equal(kb.size, base.size + 1);
    assert.equal(kb.get('vladimir-putin')?.summary, 'Overridden.');
    assert.equal(kb.get('tomas-aldern')?.name, 'Tomas Aldern');
    assert.notEqual(base.get('vladimir-putin')?.summary, 'Overridden.', 'the built-in knowledge base is untouched');
    assert.equal(withGlossary(base, []), base);
  });

  it('lets glossary names win over built-in names in the gazetteer', () => {
    const kb = withGlossary(builtinKnowledge(), [{ id: 'my-putin', name: 'Putin', type: 'organization', summary: 'A test organisation.' }]);
    assert.equal(builtinGazetteer(kb).get('Putin')?.knowledgeId, 'my-putin');
    assert.equal(builtinGazetteer().get('Putin')?.knowledgeId, 'vladimir-putin');
  });

  it('links names in an article to glossary entries through the analysis options', () => {
    const text = 'Tomas Aldern said the port would reopen. Aldern spoke in Velmora.';
    const plain = analyze(text);
    assert.ok(!plain.entities.some(e => e.knowledgeId === 'tomas-aldern'));
    const glossary = [{ ...ENTRY, type: 'person' as const, aliases: ['Aldern'] }];
    const withIt = analyze(text, { glossary });
    const tomas = withIt.entities.find(e => e.knowledgeId === 'tomas-aldern');
    assert.ok(tomas, JSON.stringify(withIt.entities.map(e => e.name)));
    assert.equal(tomas.mentions.length, 2);
    // an equal copy (as a worker thread receives it) gives the same result
    assert.deepEqual(analyze(text, { glossary: structuredClone(glossary) }).entities, withIt.entities);
  });
});

describe('glossary files', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'dossier-glossary-unit-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  function folder(name: string, glossary?: string): string {
    const path = join(dir, name);
    mkdirSync(join(path, '.dossier'), { recursive: true });
    if (glossary !== undefined) writeFileSync(join(path, '.dossier', 'glossary.json'), glossary);
    return pathToFileURL(path).href;
  }

  it('merges the user file under the workspace folders, and reads workspace files only when trusted', async () => {
    const user = join(dir, 'mine.json');
    writeFileSync(user, JSON.stringify([{ ...ENTRY, summary: 'From the user file.' }, { id: 'only-user', name: 'Only User', type: 'term', summary: 'Kept.' }]));
    const files = new GlossaryFiles();
    files.setWorkspaceFolders([folder('a', JSON.stringify([{ ...ENTRY, summary: 'From the workspace.' }])), folder('b')]);
    files.setUserFile(user);
    await files.reload();
    assert.equal(files.knowledge().get('tomas-aldern')?.summary, 'From the workspace.');
    assert.equal(files.knowledge().get('only-user')?.summary, 'Kept.');
    assert.deepEqual(files.loaded().map(f => [f.scope, f.text === undefined ? 'missing' : 'read']), [['user', 'read'], ['workspace', 'read'], ['workspace', 'missing']]);

    files.setTrusted(false);
    await files.reload();
    assert.equal(files.knowledge().get('tomas-aldern')?.summary, 'From the user file.');
    assert.deepEqual(files.sources().map(s => s.scope), ['user']);
  });

  it('resolves a relative user file against the first folder, only when trusted', () => {
    const files = new GlossaryFiles();
    files.setWorkspaceFolders([pathToFileURL(dir).href]);
    files.setUserFile('notes/glossary.json');
    assert.equal(files.userFilePath(), join(dir, 'notes', 'glossary.json'));
    files.setTrusted(false);
    assert.equal(files.userFilePath(), undefined);
    files.setUserFile('https://example.com/glossary.json');
    assert.equal(files.userFilePath(), undefined);
    files.setUserFile(pathToFileURL(join(dir, 'g.json')).href);
    assert.equal(files.userFilePath(), join(dir, 'g.json'));
  });

  it('turns problems into diagnostics on the glossary file, with line and character ranges', async () => {
    const files = new GlossaryFiles();
    files.setWorkspaceFolders([folder('c', '[\n  { "name": "A", "type": "robot", "summary": "x" }\n]\n')]);
    const [file] = await files.reload();
    const [d] = glossaryDiagnostics(file);
    assert.equal(d.source, 'Dossier');
    assert.equal(d.code, 'glossary');
    assert.deepEqual(d.range, { start: { line: 1, character: 25 }, end: { line: 1, character: 32 } }); // "robot"
    assert.ok(file.uri.endsWith('/c/.dossier/glossary.json'));
  });

  it('reports an unreadable file without throwing', async () => {
    const files = new GlossaryFiles({ read: async () => { throw Object.assign(new Error('permission denied'), { code: 'EACCES' }); }, size: async () => 10 });
    files.setWorkspaceFolders([pathToFileURL(dir).href]);
    const [file] = await files.reload();
    assert.match(file.readError ?? '', /permission denied/);
    assert.equal(glossaryDiagnostics(file).length, 1);
  });
});
