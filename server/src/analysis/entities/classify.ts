import type { EntityType } from '../types';
import type { NameCandidate } from './names';
import { NAME_CONNECTORS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS, isCommonWord, isKnownFirstName, lexiconTags } from './lexicon';

const SPEECH_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:said|says|told|added|stated|wrote|warned|insisted|argued|noted|explained|declared|announced|confirmed|claimed|asked|replied|recalled|believes|thinks)\b/;
const PLACE_BEFORE = /\b(?:in|at|near|outside|inside|toward|towards|around|across|via|into|through|northwest of|northeast of|southwest of|southeast of|north of|south of|east of|west of)\s+(?:the\s+)?$/;
/** Words that begin Arabic, Persian and Turkic place names ("Ayn Isa", "Dayr Az Zayr", "Tal Afar"). */
const PLACE_PREFIXES = new Set(['ayn', 'ain', 'dayr', 'deir', 'tal', 'tell', 'jabal', 'jebel', 'wadi', 'ras', 'kafr', 'bir', 'khan', 'qasr', 'bab', 'tel', 'kfar', 'beit', 'bayt', 'umm']);
/** ", Syria" after a name: the name is a place in that country. */
const IN_COUNTRY_AFTER = /^,\s+(?:Syria|Iraq|Iran|Turkey|Lebanon|Jordan|Israel|Egypt|Libya|Yemen|Afghanistan|Pakistan|India|China|Russia|Ukraine|Belarus|Georgia|Sudan|Somalia|Mali|Nigeria|France|Germany|Italy|Spain|Poland|England|Scotland|Wales|Ireland|Canada|Australia|Mexico|Brazil|[A-Z][a-z]+ (?:Province|Governorate|Oblast|Region|State|County))\b/;
const PERSON_ORG_HEADS = new Set(['press', 'news', 'times', 'post', 'journal']);

export interface TypeEvidence {
  type: EntityType;
  /** How sure the rule is: 3 gazetteer or title, 2 strong cue, 1 weak guess. */
  strength: number;
}

/**
 * The type a name's own words and its immediate context give it. The context read is
 * bounded to the name's paragraph (`bounds`, the whole text when not given), so the
 * result depends on nothing outside that paragraph.
 */
export function classifyName(c: NameCandidate, text: string, bounds: { start: number; end: number } = { start: 0, end: text.length }): TypeEvidence {
  if (c.gazetteer && !c.gazetteer.weak) return { type: c.gazetteer.type, strength: 3 };
  const words = c.words.map(w => w.text.replace(/['’]s$/, ''));
  const lower = words.map(w => w.toLowerCase());
  const last = lower[lower.length - 1];
  const first = lower[0];
  if (c.title.length && c.title.some(t => PERSON_TITLES.has(t.text.toLowerCase()))) return { type: 'person', strength: 3 };
  if (words.length > 1 && ORG_HEADS.has(last) && !PERSON_ORG_HEADS.has(first)) return { type: 'organization', strength: 3 };
  if (words.length > 1 && PLACE_HEADS.has(last)) return { type: 'place', strength: 3 };
  if (ORG_HEADS.has(first) && (lower.includes('of') || lower.includes('for'))) return { type: 'organization', strength: 3 };
  if (PLACE_HEADS.has(first) && lower[1] === 'of') return { type: 'place', strength: 3 };
  if (words.length > 1 && PLACE_PREFIXES.has(first)) return { type: 'place', strength: 2 };
  if (/\.\p{L}{2,3}$/u.test(words[words.length - 1]) && words.length === 1 && !/^(?:\p{L}\.)+$/u.test(words[0])) {
    return { type: 'organization', strength: 2 }; // outlets named by their domain: "Caliber.Az"
  }
  if (words.length === 1 && /^[\p{Lu}\p{N}&.\-]{2,}$/u.test(words[0]) && /\p{Lu}.*\p{Lu}/u.test(words[0])) {
    return { type: 'organization', strength: 2 }; // acronyms
  }
  if (words.length >= 2 && words.length <= 4 && isKnownFirstName(first) && !ORG_HEADS.has(last)) return { type: 'person', strength: 2 };
  if (c.gazetteer) return { type: c.gazetteer.type, strength: 2 };
  const tags = lexiconTags(lower.join(' '));
  if (tags.has('Country') || tags.has('City') || tags.has('Place') || tags.has('Region')) return { type: 'place', strength: 2 };
  if (tags.has('Organization') || tags.has('SportsTeam')) return { type: 'organization', strength: 2 };
  if (tags.has('Demonym')) return { type: 'nationality', strength: 2 };
  if (words.length === 1 && (tags.has('LastName') || tags.has('Person') || tags.has('MaleName') || tags.has('FemaleName'))) return { type: 'person', strength: 2 };
  const after = text.slice(Math.min(c.end + (c.possessive ? 2 : 0), bounds.end), Math.min(c.end + 120, bounds.end));
  const before = text.slice(Math.max(bounds.start, c.start - 30), c.start);
  if (!c.possessive && IN_COUNTRY_AFTER.test(after) && words.length <= 3) return { type: 'place', strength: 2 };
  if (SPEECH_AFTER.test(after) && words.length <= 3) return { type: 'person', strength: 1 };
  if (words.length >= 2) {
    // unknown names of ordinary words ("Classic Lotto", "Cesaroni Design") are mostly organisations
    const content = lower.filter(w => !NAME_CONNECTORS.has(w));
    if (isCommonWord(content[content.length - 1])) return { type: 'organization', strength: 1 };
    if (content.some(w => isCommonWord(w))) return { type: 'other', strength: 0 };
    if (words.length <= 3 && words.every(w => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w))) {
      return { type: PLACE_BEFORE.test(before) ? 'place' : 'person', strength: 1 };
    }
  }
  if (PLACE_BEFORE.test(before) && words.length === 1 && !isCommonWord(lower[0])) return { type: 'place', strength: 1 };
  return { type: 'other', strength: 0 };
}
