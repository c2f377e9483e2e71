import type { PeopleCommand } from '../args';
import { renderIndex } from '../formats/peopleIndex';
import { loadGlossaries } from '../glossaries';
import { type CliIO, runInputs } from '../io';
import type { JobSpec } from '../job';
import { type ArticleSightings, buildIndex } from '../peopleIndex';
import { listInputs } from '../walk';

/** `dossier people` (and `dossier analyze --index`): the people and organisations across the articles. */
export async function peopleCommand(command: PeopleCommand, io: CliIO): Promise<number> {
  const glossary = loadGlossaries(command.glossaries, s => io.err(s));
  if (!glossary.ok) return 2;
  const spec: JobSpec = { sightings: true };
  if (glossary.entries.length) spec.glossary = glossary.entries;
  const articles: ArticleSightings[] = [];
  const failed = await runInputs(listInputs(command.paths), spec, command.jobs, io, ({ file, sightings }) => {
    articles.push({ file, sightings: sightings ?? [] });
  });
  await io.out(renderIndex(command.format, buildIndex(articles), articles.length));
  return failed ? 1 : 0;
}
