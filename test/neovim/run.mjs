#!/usr/bin/env node
// The README's Neovim snippet against the real language server, in a real Neovim:
// builds dist/, puts a `dossier-ls` for the built server first on PATH, starts
// `nvim --headless --clean -u test/neovim/dossier.lua` (the snippet, which the README shows
// verbatim), and lets test/neovim/probe.lua open an article and a plain-text note, wait for
// diagnostics, ask for a hover and the document symbols, and write what it saw as JSON.
// Needs `nvim` (Debian's neovim package: .ci/e2e-deps.sh installs it).
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const snippet = join(here, 'dossier.lua');
const TIMEOUT_MS = 60_000;
const PERSON = 'Ilse Marren';

class Failure extends Error {}
/** A failed check (inside check()): reported with Neovim's LSP log. */
function fail(message) {
  throw new Failure(message);
}
/** A failure before Neovim runs. */
function die(message) {
  console.error(`test:neovim: FAIL: ${message}`);
  process.exit(1);
}

// 1. Neovim is there
const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
if (version.error || version.status !== 0) {
  console.error('test:neovim: `nvim` is not installed. Run `bash .ci/e2e-deps.sh` (installs Debian\'s neovim package) and try again.');
  process.exit(1);
}
const nvimVersion = version.stdout.split('\n')[0].trim();

// 2. The README shows test/neovim/dossier.lua verbatim
const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const snippetText = readFileSync(snippet, 'utf8');
const luaBlocks = [...readme.matchAll(/```lua\n([\s\S]*?)```/g)].map(m => m[1]);
if (luaBlocks.length !== 1) die(`README.md should have exactly one \`\`\`lua block (the Neovim snippet), found ${luaBlocks.length}`);
if (luaBlocks[0] !== snippetText) die('the README\'s ```lua block differs from test/neovim/dossier.lua: copy the file into the README verbatim');

// 3. A fresh build, and `dossier-ls` on PATH pointing at it (package.json "bin")
const build = spawnSync(process.execPath, [join(repo, 'esbuild.js'), '--quiet'], { cwd: repo, stdio: 'inherit' });
if (build.status !== 0) die('the build (node esbuild.js) failed');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const server = join(repo, pkg.bin['dossier-ls']);
if (!existsSync(server)) die(`${server} (package.json bin "dossier-ls") does not exist after the build`);

const work = mkdtempSync(join(tmpdir(), 'dossier-nvim-'));
const bin = join(work, 'bin');
mkdirSync(bin);
const quote = s => `'${s.replaceAll("'", `'\\''`)}'`;
writeFileSync(join(bin, 'dossier-ls'), `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(server)} "$@"\n`);
chmodSync(join(bin, 'dossier-ls'), 0o755);

// 4. An article (curly quotes and apostrophes before the flagged words, so that a client and
// server that disagreed on column units would miss them) and a plain-text note
const article = join(work, 'sample.news');
const articleLines = [
  'Harbour talks resume in Valdren',
  '',
  `“We have narrowed the gap on every open question,” Foreign Minister ${PERSON} told reporters in Valdren on Tuesday, after a night of talks over the disputed harbour.`,
  '',
  'In Valdren’s old port, officials familiar with the talks said the deal was close.',
  '',
  // an agentless attribution is a hint by default: minimumSeverity 'information' must hide it
  'The harbour reportedly handles most of the region’s grain.',
];
writeFileSync(article, articleLines.join('\n') + '\n');
const notes = join(work, 'notes.txt');
const notesLines = ['Notes on the harbour talks', '', 'Critics say the plan leaves the fishing fleet out.'];
writeFileSync(notes, notesLines.join('\n') + '\n');
const out = join(work, 'result.json');

// 5. Neovim, with the snippet as its init.lua and nothing of the user's (--clean, own XDG dirs)
const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE'].map(k => [`XDG_${k}_HOME`, join(work, k.toLowerCase())]));
const env = {
  ...process.env, ...xdg,
  PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
  DOSSIER_NVIM_OUT: out, DOSSIER_NVIM_ARTICLE: article, DOSSIER_NVIM_NOTES: notes,
  DOSSIER_NVIM_HOVER_WORD: PERSON.split(' ')[1], // the surname: curly quotes stand before it on its line
  DOSSIER_NVIM_WAIT_MS: '15000',
};
const started = Date.now();
const nvim = spawn('nvim', ['--headless', '--clean', '-u', snippet, '-c', `luafile ${join(here, 'probe.lua').replaceAll(' ', '\\ ')}`], {
  cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
nvim.stdout.on('data', d => { output += d; });
nvim.stderr.on('data', d => { output += d; });
let timedOut = false;
const timer = setTimeout(() => { timedOut = true; nvim.kill('SIGKILL'); }, TIMEOUT_MS);
const code = await new Promise(resolve => nvim.on('close', resolve));
clearTimeout(timer);

try {
  if (timedOut) fail(`Neovim did not finish within ${TIMEOUT_MS / 1000} s and was killed${output ? `; its output:\n${output}` : ''}`);
  if (!existsSync(out)) fail(`Neovim exited (code ${code}) without writing ${out}${output ? `; its output:\n${output}` : ''}`);
  check(JSON.parse(readFileSync(out, 'utf8')));
  console.log(`test:neovim: passed with ${nvimVersion} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rmSync(work, { recursive: true, force: true });
} catch (e) {
  console.error(`test:neovim: FAIL: ${e instanceof Failure ? e.message : e.stack}`);
  const log = join(xdg.XDG_CACHE_HOME, 'nvim', 'lsp.log');
  if (existsSync(log)) console.error(`--- Neovim's lsp.log ---\n${readFileSync(log, 'utf8').slice(-6000)}`);
  console.error(`test:neovim: Neovim ${nvimVersion}; files kept in ${work}`);
  process.exitCode = 1;
}

function check(r) {
  const v = r.nvim ?? {};
  console.log(`test:neovim: Neovim ${v.major}.${v.minor}.${v.patch}, steps: ${(r.steps ?? []).join(' → ')}`);
  if (r.error) fail(`the probe in Neovim failed: ${r.error}`);
  const a = r.article;
  if (a?.filetype !== 'news') fail(`sample.news got filetype "${a?.filetype}", expected "news"`);
  if (!a.attached || a.client?.name !== 'dossier') fail(`no initialised client named 'dossier' attached to sample.news within 15 s (clients: ${JSON.stringify(a.clients)})`);
  console.log(`  client "${a.client.name}" (id ${a.client.id}) attached to sample.news, offset encoding ${a.client.offset_encoding}`);

  // diagnostics: the anonymous source, on exactly its words (byte columns in Neovim); not the hint
  const codes = a.diagnostics.map(d => d.code);
  console.log(`  diagnostics: ${a.diagnostics.map(d => `${d.code} (line ${d.lnum + 1}, source ${d.source})`).join(', ') || 'none'}`);
  const anonymous = a.diagnostics.find(d => d.code === 'anonymous-source');
  if (!anonymous) fail(`no anonymous-source diagnostic on sample.news (got: ${JSON.stringify(codes)})`);
  if (anonymous.source !== 'Dossier') fail(`the diagnostic's source is "${anonymous.source}", expected "Dossier"`);
  const flagged = Buffer.from(articleLines[anonymous.lnum], 'utf8').subarray(anonymous.col, anonymous.end_col).toString('utf8');
  if (flagged !== 'officials familiar with the talks said') fail(`the anonymous-source diagnostic covers "${flagged}", expected "officials familiar with the talks said"`);
  const finalCodes = (a.final_diagnostics ?? []).map(d => d.code);
  if (!finalCodes.includes('anonymous-source')) fail(`the anonymous-source diagnostic was gone by the end (got: ${JSON.stringify(finalCodes)})`);
  if ([...codes, ...finalCodes].includes('agentless-attribution')) {
    fail('an agentless-attribution hint was published: the snippet\'s { sourcing = { minimumSeverity = \'information\' } } did not reach the server, or was replaced');
  }

  // hover on the surname: the position Neovim sends, the person, and a range over the full name
  const surname = PERSON.split(' ')[1];
  const expected = { line: 2, character: articleLines[2].indexOf(surname) }; // UTF-16 units, as the server counts
  if (r.hover_position?.line !== expected.line || r.hover_position?.character !== expected.character) fail(`Neovim asked for a hover at ${JSON.stringify(r.hover_position)}, expected ${JSON.stringify(expected)} (the start of "${surname}" in UTF-16 units)`);
  const hover = r.hover?.result;
  if (!hover) fail(`no hover on "${PERSON}" (answer: ${JSON.stringify(r.hover)}; position ${JSON.stringify(r.hover_position)})`);
  const contents = typeof hover.contents === 'string' ? hover.contents : hover.contents.value ?? JSON.stringify(hover.contents);
  if (!contents.includes(PERSON)) fail(`the hover does not mention ${PERSON}: ${contents}`);
  const { start, end } = hover.range ?? fail(`the hover has no range: ${JSON.stringify(hover)}`);
  const covered = start.line === end.line ? articleLines[start.line]?.slice(start.character, end.character) : undefined;
  if (covered !== PERSON) fail(`the hover's range covers "${covered}", expected "${PERSON}"`);
  console.log(`  hover at ${JSON.stringify(r.hover_position)}: ${contents.split('\n').find(l => l.trim()) ?? ''}`);

  // document symbols: the speaker, with the quote under them
  const symbols = r.symbols?.result;
  if (!Array.isArray(symbols)) fail(`no document symbols (answer: ${JSON.stringify(r.symbols)})`);
  const speaker = symbols.find(s => s.name === PERSON);
  if (!speaker) fail(`the document symbols have no speaker "${PERSON}": ${JSON.stringify(symbols.map(s => s.name))}`);
  if (!(speaker.children ?? []).some(c => c.name.includes('narrowed the gap'))) fail(`${PERSON}'s symbol has no quote "…narrowed the gap…": ${JSON.stringify(speaker.children)}`);
  console.log(`  document symbols: ${symbols.map(s => `${s.name} [${(s.children ?? []).map(c => c.name).join('; ')}]`).join(', ')}`);

  // the plain-text note: filetype "text", same client, its own diagnostics
  const n = r.notes;
  if (!n) fail('the probe did not get to notes.txt');
  if (n.filetype !== 'text') fail(`notes.txt got filetype "${n.filetype}", expected "text"`);
  if (!n.attached || n.client?.id !== a.client.id) fail(`notes.txt is not attached to the same dossier client (article: ${a.client.id}, notes: ${JSON.stringify(n.client)})`);
  if (!n.diagnostics.some(d => d.code === 'vague-attribution')) fail(`no vague-attribution diagnostic on notes.txt (got: ${JSON.stringify(n.diagnostics.map(d => d.code))})`);
  console.log(`  notes.txt (filetype text): same client, diagnostics ${n.diagnostics.map(d => d.code).join(', ')}`);
}
