// `npm run bench`: performance figures with their targets, measured in one run on this machine.
import { statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articleLatency, throughput, typingLatency } from './analysis.bench';
import { protocolFigures } from './protocol.bench';
import { cliThroughput } from './cli.bench';
import { printTable, type Row } from './stats';

async function main() {
  console.log(`# Dossier benchmark — node ${process.version}, ${new Date().toISOString()}`);
  printTable('Analysis in process (the bundled code, as the server runs it)', [...articleLatency(), ...typingLatency()]);
  printTable('Throughput against compromise alone (same texts, same run)', throughput());
  printTable('Language server over stdio', await protocolFigures());
  printTable('Command line (a folder of 2,000 articles)', await cliThroughput());
  const dist = resolve(__dirname, '../dist');
  const sizes: Row[] = readdirSync(dist).filter(f => /\.(?:js|json)$/.test(f)).map(f => ({ figure: `dist/${f}`, value: `${(statSync(join(dist, f)).size / 1024).toFixed(0)} KB` }));
  printTable('Bundle sizes (production build, as packaged)', sizes);
}

main().catch(e => { console.error(e); process.exit(1); });
