#!/usr/bin/env node
// re3d scored under Dossier's span conventions, beside the plain exact score.
//
//   node esbuild.js && node bench/re3dConventions.mjs [../shared/eval/re3d.jsonl]
//
// re3d's annotators marked whole noun phrases: "the Coalition", "Foreign Secretary Philip
// Hammond", "ISIL tactical units". Dossier's names leave determiners, titles and the common
// nouns around a name out on purpose (the span rules and the seed article's gold do
// the same). This trims each gold span the same way — leading determiners, titles and
// lower-case words, trailing lower-case words — and scores the built CLI's names against
// both the original and the trimmed spans. It reads the data set where it lies; it copies
// nothing from it.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

const dataset = resolve(process.argv[2] ?? '../shared/eval/re3d.jsonl');
const cli = resolve('dist/cli.js');
const TYPES = { person: 'PER', organization: 'ORG', place: 'LOC' };
const TITLES = new Set(`mr mrs ms dr he president minister secretary prime deputy foreign defense defence gen gen. lt lt.
  col col. maj maj. capt capt. brig brig. sgt sgt. spc spc. adm adm. general colonel major captain admiral sergeant
  special envoy ambassador chancellor king queen prince senator governor mayor pope sheikh commander chief lord lady sir`.split(/\s+/));

const docs = readFileSync(dataset, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
const dir = mkdtempSync(join(tmpdir(), 'dossier-re3d-'));
const files = docs.map((d, i) => { const f = join(dir, `doc${String(i).padStart(5, '0')}.txt`); writeFileSync(f, d.text); return f; });
const result = JSON.parse(execFileSync(process.execPath, [cli, 'analyze', '--format', 'json', ...files], { maxBuffer: 1 << 30 }));
rmSync(dir, { recursive: true, force: true });

/** A gold span without the words Dossier's conventions leave out of a name. */
function trimmed(text, g) {
  let { start, end } = g;
  for (let m; (m = /^(\S+)\s+/.exec(text.slice(start, end)));) {
    const w = m[1];
    if (/^\p{Ll}/u.test(w) || /^(?:the|a|an)$/i.test(w) || TITLES.has(w.toLowerCase())) start += m[0].length; else break;
  }
  for (let m; (m = /\s+(\S+)$/.exec(text.slice(start, end)));) {
    if (/^\p{Ll}/u.test(m[1])) end -= m[0].length; else break;
  }
  return { ...g, start, end };
}

const score = { plain: { tp: 0, gold: 0 }, conventions: { tp: 0, gold: 0 } };
let predicted = 0, changed = 0;
docs.forEach((d, i) => {
  const gold = (d.entities ?? []).filter(e => ['PER', 'ORG', 'LOC'].includes(e.type) && (!e.mention || e.mention === 'name'));
  const names = new Set(result.documents[i].entities.filter(e => TYPES[e.type])
    .flatMap(e => e.mentions.filter(m => m.form === 'name').map(m => `${m.start}:${m.end}:${TYPES[e.type]}`)));
  predicted += names.size;
  for (const g of gold) {
    const t = trimmed(d.text, g);
    if (t.start !== g.start || t.end !== g.end) changed++;
    score.plain.gold++; score.conventions.gold++;
    if (names.has(`${g.start}:${g.end}:${g.type}`)) score.plain.tp++;
    if (names.has(`${t.start}:${t.end}:${t.type}`)) score.conventions.tp++;
  }
});
const pct = x => (100 * x).toFixed(1);
console.log(`${docs.length} documents, ${score.plain.gold} gold names (${changed} trimmed), ${predicted} predicted`);
for (const [name, s] of Object.entries(score)) {
  const p = s.tp / predicted, r = s.tp / s.gold;
  console.log(`${name.padEnd(12)} exact P ${pct(p)} R ${pct(r)} F1 ${pct(2 * p * r / (p + r))}`);
}
