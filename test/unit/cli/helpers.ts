import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type CliIO, runCli } from '../../../server/src/cli/main';

export interface RunResult { code: number; out: string; err: string }

/** Runs the command line in this process with captured output (stdout and stderr not terminals). */
export async function run(argv: string[], io: Partial<CliIO> = {}): Promise<RunResult> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: s => { out += s; }, err: s => { err += s; }, isTTY: false, cores: 1, ...io });
  return { code, out, err };
}

const made: string[] = [];
after(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fresh temporary folder holding the given files (paths relative to it, folders made as needed); removed after the run. */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

// Invented articles: the people, places and bodies in them do not exist.

export const HARBOUR_TALKS = `Harbour talks stall

Foreign Minister Ada Lind said on Monday that Oslo would help the fishing towns.

"We will not wait for the winter," said Tor Varga, a spokesman for the Nordic Fisheries Council.

Sources in Bergen said the talks had stalled over quotas.
`;

export const QUOTA_DEAL = `Quota deal reached

"This is a fair deal, and the boats can sail again," foreign minister Ada Lind told reporters in Tromso.

Mira Castell, the council's chief economist, said the quotas would be reviewed next year.
`;

/** A quote holding a comma and double quotes, for CSV quoting. */
export const AWKWARD_QUOTE = `Second day of talks

“We said "no", twice,” said envoy Pella Okafor.
`;

/** A byline, a knowledge-base organisation under its acronym, and an unattributed quote. */
export const ALLIANCE_NOTE = `By Rhea Falk

NATO said on Friday that its ships would stay in port.

"Nobody told us anything," one sailor complained.
`;

/** The same organisation under its full name, and Tor Varga again with another role. */
export const ALLIANCE_FOLLOW_UP = `The North Atlantic Treaty Organization said the ships would sail in May.

Tor Varga, a spokesman for the fishing council, welcomed the news.
`;

// An invented glossary and articles that need it: without the glossary, Quillfeather reads
// as a person and HVWB as a body of its own; no entry of the built-in knowledge base knows them.

export const WATER_BOARD_GLOSSARY = JSON.stringify({
  entries: [
    {
      name: 'Harrow Valley Water Board',
      type: 'organization',
      aliases: ['HVWB'],
      summary: 'Regional utility that runs the reservoirs and pipes of the Harrow valley.',
    },
    {
      id: 'odile-marchetti',
      name: 'Odile Marchetti',
      type: 'person',
      aliases: ['Marchetti'],
      summary: 'Chair of the water board since 2022.',
      roles: [{ title: 'Chair of the Harrow Valley Water Board', asOf: '2025-03' }],
    },
    { name: 'Quillfeather', type: 'organization', summary: 'Engineering firm that maintains the valley’s dams.' },
  ],
}, null, 2) + '\n';

export const RESERVOIR_LEVELS = `Reservoir levels fall again

The Harrow Valley Water Board said on Tuesday that hosepipe use would be limited from May.

"We have had the driest spring in forty years," said Odile Marchetti.

Marchetti added that the HVWB would publish weekly figures.
`;

export const DAM_REPAIRS = `Dam repairs begin

Quillfeather said on Wednesday that repairs to the dam near the village would take six weeks.

Residents were told to boil their water, Marchetti said.
`;
