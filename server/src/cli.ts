import { runCli } from './cli/main';

process.exitCode = runCli(process.argv.slice(2), {
  out: s => process.stdout.write(s),
  err: s => process.stderr.write(s),
  isTTY: !!process.stdout.isTTY,
});
