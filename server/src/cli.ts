import { runCli } from './cli/main';

// `dossier … | head` closes stdout early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const isTTY = !!process.stdout.isTTY;
// https://no-color.org: a non-empty NO_COLOR turns colour off.
const color = isTTY && !process.env.NO_COLOR;

runCli(process.argv.slice(2), {
  out: s => (process.stdout.write(s) ? undefined : new Promise<void>(resolve => process.stdout.once('drain', resolve))),
  err: s => { process.stderr.write(s); },
  isTTY,
  color,
  errIsTTY: !!process.stderr.isTTY,
}).then(code => {
  process.exitCode = code;
}, (error: unknown) => {
  process.stderr.write(`dossier: unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
