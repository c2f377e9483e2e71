import { builtinKnowledge } from '../../knowledge/knowledgeBase';
import { withGlossary } from '../../knowledge/glossary';
import type { KnowledgeEntry } from '../../knowledge/types';
import { builtinGazetteer, type Gazetteer } from './gazetteer';

let last: { entries: readonly KnowledgeEntry[]; key: string; gazetteer: Gazetteer } | undefined;

/**
 * The built-in gazetteer with a user glossary merged in, built once per glossary (about a
 * tenth of a second) and reused while the same entries come back: the same array in the
 * server, an equal copy in a worker thread.
 */
export function glossaryGazetteer(entries: readonly KnowledgeEntry[]): Gazetteer {
  if (!entries.length) return builtinGazetteer();
  if (last?.entries === entries) return last.gazetteer;
  const key = JSON.stringify(entries);
  if (last?.key !== key) last = { entries, key, gazetteer: builtinGazetteer(withGlossary(builtinKnowledge(), entries)) };
  else last.entries = entries;
  return last.gazetteer;
}
