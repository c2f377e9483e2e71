import type { AnalyzeCommand } from '../args';
import { documentFormat } from '../formats/documents';
import { loadGlossaries } from '../glossaries';
import { type CliIO, runInputs } from '../io';
import type { JobSpec } from '../job';
import { listInputs } from '../walk';

/** `dossier analyze`: each article in the chosen format, printed in input order as it is done. */
export async function analyzeCommand(command: AnalyzeCommand, io: CliIO): Promise<number> {
  const glossary = loadGlossaries(command.glossaries, s => io.err(s));
  if (!glossary.ok) return 2;
  const inputs = listInputs(command.paths);
  const color = command.format === 'text' && (io.color ?? io.isTTY);
  const format = documentFormat(command.format, { color });
  if (format.head) await io.out(format.head);
  let printed = 0;
  const spec: JobSpec = { format: command.format, color };
  if (glossary.entries.length) spec.glossary = glossary.entries;
  const failed = await runInputs(inputs, spec, command.jobs, io, async ({ output }) => {
    const piece = (printed++ ? format.separator : '') + output;
    if (piece) await io.out(piece);
  });
  const tail = format.tail(printed);
  if (tail) await io.out(tail);
  return failed ? 1 : 0;
}
