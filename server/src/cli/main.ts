import { analyze } from '../analysis/analyze';
import { readArticle } from './readArticle';
import { type DocumentResult, toJson } from './formats/json';
import { ansiStyle, plainStyle, toText } from './formats/text';
import { toMarkdown } from './formats/markdown';

declare const DOSSIER_VERSION: string;

const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: dossier analyze [--format json|text|markdown] FILE...

Analyses news articles: who and what they are about, who said what, and which claims
rest on anonymous or vague sources.

Options:
  --format FORMAT   json (the versioned contract), text (a report) or markdown
                    (the reading brief); default text
  -h, --help        show this help
  -v, --version     show the version

Exit codes: 0 all files analysed, 1 some files failed, 2 usage error.`;

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  isTTY: boolean;
}

interface Parsed { command: string; format: Format; files: string[] }

function parseArgs(argv: string[]): Parsed | { exit: number; message: string; stream: 'out' | 'err' } {
  if (argv.includes('-h') || argv.includes('--help')) return { exit: 0, message: USAGE, stream: 'out' };
  if (argv.includes('-v') || argv.includes('--version')) return { exit: 0, message: version(), stream: 'out' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { exit: 2, message: `dossier: ${command ? `unknown command '${command}'` : 'no command given'}\n\n${USAGE}`, stream: 'err' };
  let format: Format = 'text';
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!FORMATS.includes(value as Format)) return { exit: 2, message: `dossier: --format must be one of ${FORMATS.join(', ')}`, stream: 'err' };
      format = value as Format;
    } else if (a.startsWith('-') && a !== '-') {
      return { exit: 2, message: `dossier: unknown option '${a}'\n\n${USAGE}`, stream: 'err' };
    } else files.push(a);
  }
  if (!files.length) return { exit: 2, message: `dossier: no files given\n\n${USAGE}`, stream: 'err' };
  return { command, format, files };
}

function version(): string {
  return typeof DOSSIER_VERSION === 'string' ? DOSSIER_VERSION : 'dev';
}

/** Runs the command line; returns the exit code. */
export function runCli(argv: string[], io: CliIO): number {
  const parsed = parseArgs(argv);
  if ('exit' in parsed) {
    (parsed.stream === 'out' ? io.out : io.err)(parsed.message + '\n');
    return parsed.exit;
  }
  const results: DocumentResult[] = [];
  let failed = 0;
  for (const file of parsed.files) {
    const read = readArticle(file);
    if (!read.ok) {
      io.err(`dossier: ${read.error}\n`);
      failed++;
      continue;
    }
    try {
      results.push({ file, text: read.text, analysis: analyze(read.text) });
    } catch (e) {
      io.err(`dossier: ${file}: analysis failed: ${(e as Error).message}\n`);
      failed++;
    }
  }
  const render = { json: () => toJson(results) + '\n', markdown: () => toMarkdown(results), text: () => toText(results, io.isTTY ? ansiStyle : plainStyle) };
  io.out(render[parsed.format]());
  return failed ? 1 : 0;
}
