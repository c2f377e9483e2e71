import { parseArgs } from './args';
import { analyzeCommand } from './commands/analyze';
import { peopleCommand } from './commands/people';
import type { CliIO } from './io';

export type { CliIO } from './io';

declare const DOSSIER_VERSION: string;

export function version(): string {
  return typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev';
}

/** Runs the command line; resolves with the exit code (0 success, 1 some files failed, 2 usage error). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const invocation = parseArgs(argv, version());
  switch (invocation.command) {
    case 'message':
      if (invocation.exit === 0) await io.out(invocation.text + '\n');
      else io.err(invocation.text + '\n');
      return invocation.exit;
    case 'analyze':
      return analyzeCommand(invocation, io);
    case 'people':
      return peopleCommand(invocation, io);
  }
}
