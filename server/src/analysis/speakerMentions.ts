import type { Entity, Mention, Quote, Sentence } from './types';

const PRONOUN = /^(?:he|she|they|him|her|them)$/i;

/**
 * Makes the entities agree with quote attribution: a pronoun or description that speaks a
 * quote ("…,” he said) refers to the quote's speaker, whoever the entity pass had linked it
 * to; a speaking pronoun the entity pass left unlinked becomes a mention of the speaker.
 * Returns new entity objects where mentions move and the same objects elsewhere.
 */
export function alignSpeakerMentions(entities: Entity[], quotes: Quote[], sentences: Sentence[]): Entity[] {
  const referring = new Map<number, { mention: Mention; entity: Entity }>();
  for (const entity of entities) for (const mention of entity.mentions) if (mention.form !== 'name') referring.set(mention.start, { mention, entity });
  const byId = new Map(entities.map(e => [e.id, e]));
  const removed = new Set<Mention>();
  const added = new Map<string, Mention[]>();
  const add = (id: string, m: Mention) => {
    const list = added.get(id);
    if (list) list.push(m);
    else added.set(id, [m]);
  };
  for (const q of quotes) {
    if (!q.speaker || !q.speakerSpan || !byId.has(q.speaker)) continue;
    const hit = referring.get(q.speakerSpan.start);
    if (hit) {
      if (hit.entity.id === q.speaker || hit.mention.end !== q.speakerSpan.end || removed.has(hit.mention)) continue;
      removed.add(hit.mention);
      add(q.speaker, { ...hit.mention, entity: q.speaker });
    } else if (q.speakerText && PRONOUN.test(q.speakerText) && q.speakerSpan.end - q.speakerSpan.start === q.speakerText.length) {
      const sentence = sentenceAt(sentences, q.speakerSpan.start);
      if (sentence < 0) continue;
      const mention: Mention = { start: q.speakerSpan.start, end: q.speakerSpan.end, text: q.speakerText, form: 'pronoun', entity: q.speaker, sentence };
      referring.set(mention.start, { mention, entity: byId.get(q.speaker)! });
      add(q.speaker, mention);
    }
  }
  if (!removed.size && !added.size) return entities;
  return entities.map(e => {
    const incoming = added.get(e.id) ?? [];
    if (!incoming.length && !e.mentions.some(m => removed.has(m))) return e;
    const mentions = [...e.mentions.filter(m => !removed.has(m)), ...incoming].sort((a, b) => a.start - b.start);
    return { ...e, mentions };
  });
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
