import { analyze } from '../../../server/src/analysis/analyze';
import type { Entity, EntityType } from '../../../server/src/analysis/types';

/** Name mentions of a type, as the text they cover. */
export function names(text: string, type?: EntityType): string[] {
  return analyze(text).entities
    .filter(e => !type || e.type === type)
    .flatMap(e => e.mentions.filter(m => m.form === 'name').map(m => ({ m, e })))
    .sort((a, b) => a.m.start - b.m.start)
    .map(({ m }) => text.slice(m.start, m.end));
}

export function entity(text: string, name: string): Entity {
  const found = analyze(text).entities.find(e => e.name === name);
  if (!found) throw new Error(`no entity named ${name} in: ${analyze(text).entities.map(e => e.name).join(', ')}`);
  return found;
}
