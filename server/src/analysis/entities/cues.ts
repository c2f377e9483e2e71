// What the words around an unknown name say about its type: the common noun that names
// its kind ("the band Velvet Sparrow", "Oxbridge is a village", "the town of Marlow") and
// the occupation written before a person's name ("drummer Tom Reyes"). These cues are read
// only for names that neither the gazetteer nor the name's own words have typed.

import type { EntityType } from '../types';
import { PERSON_TITLES, lexiconTags } from './lexicon';

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Common nouns for kinds of place: "a village", "the town of …". */
export const PLACE_KINDS = words(`
  village villages town towns city cities hamlet hamlets suburb suburbs municipality municipalities commune communes
  parish parishes county counties province provinces district districts region regions island islands river rivers
  lake lakes mountain mountains peninsula settlement settlements neighbourhood neighborhood borough boroughs locality
  township townships valley capital port seaport country countries state states territory territories canton cantons
  prefecture oblast governorate voivodeship emirate kingdom republic archipelago corridor crossing border
`);

/** Common nouns for kinds of organisation: "the band …", "a company based in …". */
export const ORG_KINDS = words(`
  band bands group company companies firm firms corporation club clubs team teams party parties newspaper newspapers
  magazine magazines tabloid broadcaster station label publisher manufacturer carrier airline bank charity foundation
  institute university college school association organisation organization society union league agency brand
  retailer chain studio studios ensemble orchestra choir duo trio quartet quintet franchise conglomerate startup
  insurer lender militia faction outlet network utility utilities exporter importer refiner
  automaker carmaker shipbuilder shipper regulator watchdog supermarket consultancy consultancies
`);

/** Kind nouns written after a name with "the" before it: "the Ak Tal party", "the Varna region". */
const KINDS_AFTER_THE = words(`
  party movement alliance bloc coalition militia group faction consultancy company firm corporation band agency
  network region province district county village town city river corridor valley island mountains peninsula
  crossing border
`);

/** Kinds of vessel: "the tanker Amber Crest" is a ship, a thing. */
const VESSEL_KINDS = words(`tanker tankers vessel vessels ship ships freighter frigate destroyer warship submarine yacht
  ferry trawler cruiser corvette icebreaker carrier-vessel supertanker`);

/** Occupations and kinds of person that are no titles: "the singer …", "… is a footballer". */
const PERSON_KINDS = words(`
  singer songwriter footballer player drummer bassist guitarist pianist producer actor actress writer poet painter
  sculptor politician businessman businesswoman entrepreneur athlete cyclist boxer wrestler swimmer runner sprinter
  coach midfielder defender striker forward goalkeeper pitcher catcher quarterback rapper composer novelist author
  journalist lawyer priest monk nun soldier physician surgeon doctor nurse scientist engineer architect inventor
  explorer activist lawmaker legislator playwright screenwriter filmmaker photographer designer dancer comedian
  broadcaster presenter host anchor columnist commentator critic economist historian philosopher theologian
  mathematician physicist chemist biologist astronomer teacher student farmer merchant banker trader investor
  man woman boy girl son daughter wife husband brother sister father mother widow nephew niece cousin grandson
  granddaughter uncle aunt mayor governor vocalist trumpeter saxophonist keyboardist jockey golfer skater skier
  surfer climber rider driver sheriff coroner duke duchess earl count countess marquess viscount
`);

/** Words that end in "-ist" or "-ian" and still name no person. */
const NOT_PERSON = words(`list mist wrist twist exist assist resist insist persist consist fist gist whist grist schist
  median meridian guardian civilian`);

/** Whether a lower-case word is one of the listed occupations and kinds of person ("engineer", "sheriff"). */
export function isOccupation(lower: string): boolean {
  return PERSON_KINDS.has(lower);
}

/** Whether a lower-case common noun names a kind of person. */
export function isPersonNoun(lower: string): boolean {
  if (PERSON_KINDS.has(lower) || PERSON_TITLES.has(lower)) return true;
  if (NOT_PERSON.has(lower)) return false;
  if (lower.length >= 6 && /(?:ist|ists|ian|ians)$/.test(lower) && !lexiconTags(lower).has('Adjective')) return true;
  return lexiconTags(lower).has('Actor');
}

/** A plural noun's singular, roughly: "cities" → "city", "bands" → "band", "churches" → "church". */
function singular(plural: string): string {
  if (/ies$/.test(plural)) return plural.slice(0, -3) + 'y';
  if (/(?:ch|sh|ss|x)es$/.test(plural)) return plural.slice(0, -2);
  return plural.slice(0, -1);
}

/** The type a kind noun gives a name: "village" a place, "band" an organisation, "poet" a person. */
export function kindOf(lower: string): EntityType | undefined {
  if (VESSEL_KINDS.has(lower)) return 'other';
  if (PLACE_KINDS.has(lower)) return 'place';
  if (ORG_KINDS.has(lower)) return 'organization';
  if (isPersonNoun(lower)) return 'person';
  return undefined;
}

/** Nouns that, with "of", point at a place: "residents of …", "north of …", "the mayor of …". */
const PLACE_OF_NOUNS = words(`
  residents inhabitants villagers citizens natives outskirts suburbs centre center heart north south east west
  northeast northwest southeast southwest plains shores banks coast mouth confluence mayor governor sultan emir
`);

/** "the village of", "towns of", "the city of": the place kind and "of" right before a name. */
const KIND_OF_BEFORE = /(?:^|[^\p{L}])(\p{L}\p{Ll}*)\s+of\s+(?:the\s+)?$/u;
const KIND_AFTER = /^\s+(\p{Ll}+)(?![\p{L}-]|\s+\p{Lu})/u;
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
/** The lower-case word right before a name, with an optional article before it. */
const WORD_BEFORE = /(?:^|[^\p{L}'’-])(\p{Ll}[\p{Ll}-]*)\s+$/u;
/** "X is a …", "X was an …", "X, a …": the noun phrase that says what a name is. */
const DEFINITION_AFTER = /^\s*(?:\([^()]{0,80}\)\s*)?(?:,\s*|\s+(?:is|was|are|were)\s+)(?:a|an|one of the|the)\s+((?:[\p{L}/-]+\s+){0,4}?)([\p{Ll}-]+)(?=\s*(?:$|[,.;:()]|\s(?:in|of|on|at|from|for|with|by|based|located|situated|that|which|who|whose|and|near|known|founded|formed|born|best)\b))/u;
const BORN_AFTER = /^\s*(?:,\s*)?(?:\((?:born|b\.|née|nee)\s|,\s+(?:born|née)\s)/;
/** "guitarists such as …", "towns like …": a plural kind noun introducing examples. */
const KINDS_LIKE_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+s),?\s+(?:such as|like|including|notably|especially)\s+$/u;

/** Verbs whose object is a team or club: "played for …", "signed with …", "coached …". */
const MEMBER_OF_BEFORE = /(?:^|[^\p{L}])(?:play(?:s|ed|ing)?\s+(?:for|with)|sign(?:s|ed|ing)?\s+(?:for|with)|coach(?:es|ed|ing)?|captain(?:s|ed|ing)?)\s+(?:the\s+)?$/u;

/** People who work somewhere, before "at": "analysts at …", "economists at …" name a firm or a body. */
const STAFF_AT_BEFORE = /(?:^|[^\p{L}])(?:analysts?|economists?|strategists?|researchers?|traders?|executives?|engineers?|scientists?|employees?|staff|bankers?)\s+at\s+(?:the\s+)?$/u;

/** Whether the text before a name ends in a verb whose object is a team ("played for", "coached"). */
export function memberOfBefore(before: string): boolean {
  return MEMBER_OF_BEFORE.test(before);
}

/**
 * The type the words around a name give it, if they name its kind. `before` and `after`
 * are the text right before and after the name, within its paragraph.
 */
export function contextKind(before: string, after: string, possessive: boolean): { type: EntityType; decisive: boolean } | undefined {
  if (MEMBER_OF_BEFORE.test(before) || STAFF_AT_BEFORE.test(before)) return { type: 'organization', decisive: false };
  const like = KINDS_LIKE_BEFORE.exec(before);
  if (like) {
    const kind = kindOf(singular(like[1]));
    if (kind) return { type: kind, decisive: false };
  }
  const type = kindNoun(before, after, possessive);
  if (type) return { type, decisive: true };
  const of = KIND_OF_BEFORE.exec(before);
  if (of && PLACE_OF_NOUNS.has(of[1].toLowerCase())) return { type: 'place', decisive: false };
  return undefined;
}

/** The type the kind noun next to a name gives it ("the band …", "… is a village", "the town of …"). */
function kindNoun(before: string, after: string, possessive: boolean): EntityType | undefined {
  if (!possessive) {
    const kindAfter = KIND_AFTER.exec(after);
    if (kindAfter && KINDS_AFTER_THE.has(kindAfter[1]) && THE_BEFORE.test(before)) return kindOf(kindAfter[1]) ?? 'place';
    if (BORN_AFTER.test(after)) return 'person';
    const d = DEFINITION_AFTER.exec(after);
    if (d) {
      const kind = kindOf(d[2]);
      if (kind) return kind;
    }
  }
  const of = KIND_OF_BEFORE.exec(before);
  if (of && PLACE_KINDS.has(of[1].toLowerCase())) return 'place';
  const w = WORD_BEFORE.exec(before);
  if (w) {
    const lower = w[1];
    if (VESSEL_KINDS.has(lower)) return 'other';
    if (ORG_KINDS.has(lower)) return 'organization';
    if (isPersonNoun(lower) && !PERSON_TITLES.has(lower)) return 'person';
  }
  return undefined;
}
