import type { PeopleCommand } from '../args';
import { renderIndex } from '../formats/peopleIndex';
import { type CliIO, runInputs } from '../io';
import { type ArticleSightings, buildIndex } from '../peopleIndex';
import { listInputs } from '../walk';

/** `dossier people` (and `dossier analyze --index`): the people and organisations across the articles. */
export async function peopleCommand(command: PeopleCommand, io: CliIO): Promise<number> {
  const articles: ArticleSightings[] = [];
  const failed = await runInputs(listInputs(command.paths), { sightings: true }, command.jobs, io, ({ file, sightings }) => {
    articles.push({ file, sightings: sightings ?? [] });
  });
  await io.out(renderIndex(command.format, buildIndex(articles), articles.length));
  return failed ? 1 : 0;
}
