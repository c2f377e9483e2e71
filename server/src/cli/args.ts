// Command-line arguments: which command, which options, which paths. Pure: no I/O.

export const DOCUMENT_FORMATS = ['json', 'markdown', 'text', 'csv'] as const;
export type DocumentFormatName = (typeof DOCUMENT_FORMATS)[number];

export const INDEX_FORMATS = ['json', 'markdown', 'csv'] as const;
export type IndexFormatName = (typeof INDEX_FORMATS)[number];

export interface AnalyzeCommand {
  command: 'analyze';
  format: DocumentFormatName;
  /** Explicit --jobs, or undefined for one worker per core. */
  jobs?: number;
  /** Glossary files (--glossary), in the order given: a later one overrides an earlier one. */
  glossaries: string[];
  paths: string[];
}

export interface PeopleCommand {
  command: 'people';
  format: IndexFormatName;
  jobs?: number;
  glossaries: string[];
  paths: string[];
}

/** Something to print and exit with: help, the version, or a usage error (exit 2). */
export interface Message {
  command: 'message';
  exit: 0 | 2;
  text: string;
}

export type Invocation = AnalyzeCommand | PeopleCommand | Message;

/** Each worker thread holds its own copy of the analysis' data (60 to 100 MB): a sane ceiling. */
export const MAX_JOBS = 64;

const OVERVIEW = `Usage: dossier COMMAND [options] FILE|DIR...

Reads news articles about world affairs: who and what they are about, who said what,
and which claims rest on anonymous or vague sources.

Commands:
  analyze   analyse each article: JSON, a Markdown reading brief, a text report
            or a CSV of its quotes
  people    an index of the people and organisations across many articles

Run 'dossier COMMAND --help' for a command's options.

Options:
  -h, --help       show this help
  -v, --version    show the version`;

const FILES_HELP = `A directory is searched recursively for .news, .txt and .md files, in sorted order,
skipping hidden files and folders and node_modules. A file named on the command line
is read whatever its extension. Files must be UTF-8 text.`;

const JOBS_HELP = `  -j, --jobs N     analyse N files at a time in worker threads (1 to 64); default
                   one per CPU core when there is enough text to repay starting
                   them; 1 analyses in this process`;

const GLOSSARY_HELP = `  -g, --glossary FILE
                   also use the entries of this glossary (JSON, as the editor's
                   .dossier/glossary.json); repeat for more files, a later one
                   overriding an earlier one. Its problems are printed on stderr
                   as FILE:LINE:COL; entries with errors are left out, and a
                   glossary that yields no entry because of errors stops the run
                   (exit 2)`;

const EXIT_HELP = 'Exit codes: 0 every file analysed, 1 some files failed (each reported on stderr;\nthe others are still analysed), 2 usage error.';

/** What both commands' help ends with: files, the options they share, exit codes. */
const COMMON_HELP = `${FILES_HELP}

Options:
  -f, --format F   output format (see above)
${JOBS_HELP}
${GLOSSARY_HELP}
  -h, --help       show this help

${EXIT_HELP}`;

const ANALYZE_HELP = `Usage: dossier analyze [--format json|markdown|text|csv] [--jobs N] [--glossary FILE]... FILE|DIR...
       dossier analyze --index [--format json|markdown|csv] [--jobs N] [--glossary FILE]... FILE|DIR...

Analyses news articles and prints, in the order given:

  --format text      a report for the terminal (the default; colour when stdout is one)
  --format json      the versioned JSON contract (see the README, "JSON output")
  --format markdown  the reading brief of each article
  --format csv       one row per quote: file,line,speaker,role,cue,kind,quote
  --index            instead of one result per article, the index of people and
                     organisations across them (as 'dossier people'; default markdown)

${COMMON_HELP}`;

const PEOPLE_HELP = `Usage: dossier people [--format json|markdown|csv] [--jobs N] [--glossary FILE]... FILE|DIR...

Prints an index of the people and organisations named across the articles: the roles
the articles give them, how many articles name them, how many quotes they have, and the
files they appear in. The same person is grouped across articles by name (ignoring
case) and by knowledge-base entry.

  --format markdown  a table (the default)
  --format json      { "version": 1, "articles": N, "entities": [...] }
  --format csv       name,type,roles,articles,quotes,mentions,files

${COMMON_HELP}`;

export const HELP: Record<'overview' | 'analyze' | 'people', string> = { overview: OVERVIEW, analyze: ANALYZE_HELP, people: PEOPLE_HELP };

export function parseArgs(argv: string[], version: string): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('no command given', 'dossier --help');
  if (first === '-h' || first === '--help') return print(HELP.overview);
  if (first === '-v' || first === '--version') return print(version);
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return print(HELP.overview);
    if (topic === 'analyze' || topic === 'people') return print(HELP[topic]);
    return usageError(`no help for '${topic}': the commands are analyze and people`, 'dossier --help');
  }
  if (first === 'analyze' || first === 'people') return parseCommand(first, rest, version);
  const hint = first === 'analyse' ? ` (did you mean 'analyze'?)` : '';
  if (first.startsWith('-')) return usageError(`'${first}' must come after a command${hint}`, 'dossier --help');
  return usageError(`unknown command '${first}'${hint}`, 'dossier --help');
}

function parseCommand(command: 'analyze' | 'people', args: string[], version: string): Invocation {
  const helpHint = `dossier ${command} --help`;
  let format: string | undefined;
  let jobs: number | undefined;
  let index = command === 'people';
  const glossaries: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? (i + 1 < args.length ? args[++i] : undefined);
    switch (name) {
      case '-h': case '--help':
        return print(HELP[command]);
      case '-v': case '--version':
        return print(version);
      case '-f': case '--format': {
        const v = value();
        if (v === undefined) return usageError(`${name} needs a value`, helpHint);
        format = v;
        break;
      }
      case '-j': case '--jobs': {
        const v = value();
        if (v === undefined) return usageError(`${name} needs a value`, helpHint);
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > MAX_JOBS) return usageError(`${name} must be a whole number from 1 to ${MAX_JOBS}, not '${v}'`, helpHint);
        jobs = Number(v);
        break;
      }
      case '-g': case '--glossary': {
        const v = value();
        if (v === undefined) return usageError(`${name} needs a file`, helpHint);
        if (!v) return usageError(`${name} needs a file, not an empty name`, helpHint);
        glossaries.push(v);
        break;
      }
      case '--index':
        if (command === 'analyze') {
          if (inline !== undefined) return usageError('--index takes no value', helpHint);
          index = true;
          break;
        }
        return usageError(`unknown option '${arg}'`, helpHint);
      default:
        return usageError(`unknown option '${arg}'`, helpHint);
    }
  }
  if (!paths.length) return usageError('no files or directories given', helpHint);
  if (index) {
    const chosen = format ?? 'markdown';
    if (!(INDEX_FORMATS as readonly string[]).includes(chosen)) {
      return usageError(`--format must be one of ${INDEX_FORMATS.join(', ')} for the index of people, not '${chosen}'`, helpHint);
    }
    return { command: 'people', format: chosen as IndexFormatName, jobs, glossaries, paths };
  }
  const chosen = format ?? 'text';
  if (!(DOCUMENT_FORMATS as readonly string[]).includes(chosen)) {
    return usageError(`--format must be one of ${DOCUMENT_FORMATS.join(', ')}, not '${chosen}'`, helpHint);
  }
  return { command: 'analyze', format: chosen as DocumentFormatName, jobs, glossaries, paths };
}

function print(text: string): Message {
  return { command: 'message', exit: 0, text };
}

function usageError(problem: string, helpCommand: string): Message {
  return { command: 'message', exit: 2, text: `dossier: ${problem}\nRun '${helpCommand}' for usage.` };
}
