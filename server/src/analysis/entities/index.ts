import type { Entity, EntityType, Mention, Paragraph, Sentence } from '../types';
import { tokenize, type Token } from '../text/tokens';
import { builtinGazetteer, type Gazetteer } from './gazetteer';
import { findNamesInSentence, isCapitalised, type NameCandidate } from './names';
import { classifyName, type TypeEvidence } from './classify';
import { findRoles } from './roles';
import { findReferringMentions } from './coreference';
import { findValues } from './values';

export interface EntityContext {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  gazetteer?: Gazetteer;
}

interface Typed extends NameCandidate {
  evidence: TypeEvidence;
}

/** People, organisations, places and the rest, with every mention grouped under its entity. */
export function findEntities(text: string, context: EntityContext): Entity[] {
  const gazetteer = context.gazetteer ?? builtinGazetteer();
  const tokens = context.sentences.map(s => tokenize(text, s.start, s.end));
  const capitalisedElsewhere = capitalisedMidSentence(tokens);
  const candidates: Typed[] = [];
  context.sentences.forEach((_, index) => {
    for (const c of findNamesInSentence(tokens[index], index, gazetteer, capitalisedElsewhere)) {
      c.text = text.slice(c.start, c.end);
      candidates.push({ ...c, evidence: classifyName(c, text) });
    }
  });
  const entities = groupCandidates(candidates);
  findRoles(text, context.sentences, tokens, entities, candidates);
  findReferringMentions(text, context.sentences, tokens, entities);
  entities.push(...findValues(text, context.sentences, entities.length));
  entities.forEach(e => e.mentions.sort((a, b) => a.start - b.start));
  return entities.filter(e => e.mentions.length > 0);
}

/** Lower-cased words written with a capital somewhere other than a sentence's first word. */
function capitalisedMidSentence(sentenceTokens: Token[][]): (lower: string) => boolean {
  const seen = new Set<string>();
  for (const tokens of sentenceTokens) {
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].kind === 'word' && isCapitalised(tokens[i]) && tokens[i - 1].kind === 'word') seen.add(tokens[i].text.toLowerCase().replace(/['’]s$/, ''));
    }
  }
  return lower => seen.has(lower);
}

const nameKey = (c: NameCandidate) => c.text.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/**
 * Groups name mentions into entities. A surname alone joins the full name it belongs to
 * (the nearest one before it, else the first one after); names that differ in first name
 * stay apart; places and organisations group under their canonical gazetteer name.
 */
function groupCandidates(candidates: Typed[]): Entity[] {
  resolveSurnames(candidates);
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const typeVotes = new Map<Entity, Map<EntityType, number>>();
  const fullPeople = bySurname(candidates.filter(c => c.evidence.type === 'person' && c.words.length > 1));

  const keyOf = (c: Typed) => (c.gazetteer && !c.gazetteer.weak ? `g:${c.gazetteer.name.toLowerCase()}:${c.gazetteer.type}` : `t:${nameKey(c)}`);
  for (const c of candidates) {
    let key = keyOf(c);
    if (c.evidence.type === 'person' && c.words.length === 1) {
      const full = nearestFullName(c, fullPeople);
      if (full) key = keyOf(full as Typed);
    }
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, name: c.gazetteer?.name ?? c.text, type: c.evidence.type, mentions: [], roles: [] };
      if (c.gazetteer?.knowledgeId) entity.knowledgeId = c.gazetteer.knowledgeId;
      entities.push(entity);
      byKey.set(key, entity);
      typeVotes.set(entity, new Map());
    }
    // the fullest form wins; the article's own spelling wins a tie ("Centre" over "Center")
    if (c.text.length >= entity.name.length && c.evidence.type === entity.type && c.text !== entity.name) {
      if (c.text.length > entity.name.length || c.gazetteer?.name === entity.name) entity.name = c.text;
    }
    const votes = typeVotes.get(entity)!;
    // a mention with no evidence ("other") only decides when no mention has any
    votes.set(c.evidence.type, (votes.get(c.evidence.type) ?? 0) + (c.evidence.strength ? 1 + c.evidence.strength * 2 : 0.1));
    entity.mentions.push({ start: c.start, end: c.end, text: c.text, form: 'name', entity: entity.id, sentence: c.sentence });
  }
  for (const e of entities) {
    const votes = [...typeVotes.get(e)!].sort((a, b) => b[1] - a[1]);
    e.type = votes[0][0];
  }
  return entities;
}

/** A lone capitalised word that is the surname of a person named in full is that person. */
function resolveSurnames(candidates: Typed[]): void {
  const surnames = new Map<string, number>();
  for (const c of candidates) {
    if (c.evidence.type === 'person' && c.words.length > 1 && c.evidence.strength >= 1) {
      const last = c.words[c.words.length - 1].text.replace(/['’]s$/, '').toLowerCase();
      surnames.set(last, Math.max(surnames.get(last) ?? 0, c.evidence.strength));
    }
  }
  for (const c of candidates) {
    if (c.words.length !== 1 || c.evidence.strength >= 3) continue;
    const w = c.text.toLowerCase();
    if (surnames.has(w) && (c.evidence.type !== 'person' || c.evidence.strength < 2)) c.evidence = { type: 'person', strength: 2 };
  }
}

const surnameOf = (c: NameCandidate) => c.words[c.words.length - 1].text.replace(/['’]s$/, '').toLowerCase();

/** Full names by surname, each list in text order. */
function bySurname(people: NameCandidate[]): Map<string, NameCandidate[]> {
  const map = new Map<string, NameCandidate[]>();
  for (const p of people) {
    const list = map.get(surnameOf(p));
    if (list) list.push(p); else map.set(surnameOf(p), [p]);
  }
  return map;
}

/** The full name a lone surname stands for: the nearest one before it, else the first one after. */
function nearestFullName(c: NameCandidate, fullPeople: Map<string, NameCandidate[]>): NameCandidate | undefined {
  const matches = fullPeople.get(c.text.toLowerCase());
  if (!matches) return undefined;
  let before: NameCandidate | undefined;
  for (const f of matches) {
    if (f.start >= c.start) break;
    before = f;
  }
  return before ?? matches[0];
}

export type { Mention };
