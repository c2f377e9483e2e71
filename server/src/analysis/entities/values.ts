import type { Entity, EntityType, Mention, Sentence } from '../types';

/** Month abbreviations wire datelines write without a full stop ("Oct 8"): a date only with its day. */
const MONTH_SHORT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3})*(?:\\.\\d+)?';
const SCALE = '(?:\\s?(?:thousand|million|billion|trillion|bn|m|k|mn|tn))';

// Figures that news states: dates, money, percentages and counted quantities.
const PATTERNS: Array<[EntityType, RegExp]> = [
  ['date', new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|${MONTH_SHORT}\\s+\\d{1,2}(?!\\d)(?:,?\\s+\\d{4})?|(?:early |late |mid-)?${MONTH}|${DAY}|(?:in|since|by|until|from|before|after) (?:the )?(?:early |late |mid-)?(?:1[89]|20)\\d{2}s?)\\b`, 'g')],
  ['money', new RegExp(`(?:[$€£¥]\\s?${NUMBER}${SCALE}?|\\b${NUMBER}${SCALE}?\\s?(?:dollars|euros|pounds|roubles|rubles|yuan|hryvnias?|USD|EUR))\\b`, 'g')],
  ['percent', new RegExp(`\\b${NUMBER}\\s?(?:%|per ?cent\\b|percentage points\\b)`, 'g')],
  ['quantity', new RegExp(`\\b${NUMBER}${SCALE}?\\s?(?:km|kilometres|kilometers|miles|tonnes|tons|barrels|troops|soldiers|casualties|people|civilians|conscripts|refugees|drones|missiles)\\b`, 'g')],
];

/** A date, sum, percentage or quantity found in a sentence. */
export interface ValueMatch {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  /** What groups equal values into one entity ("money:$5bn"). */
  key: string;
  sentence: number;
}

/** The values stated in one sentence, in the order they are added to their entities. */
export function valueMatches(text: string, s: Sentence, index: number): ValueMatch[] {
  const out: ValueMatch[] = [];
  const taken: Array<[number, number]> = [];
  const body = text.slice(s.start, s.end);
  for (const [type, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      let start = s.start + m.index;
      let value = m[0];
      const lead = /^(?:in|since|by|until|from|before|after) (?:the )?/.exec(value);
      if (type === 'date' && lead) { start += lead[0].length; value = value.slice(lead[0].length); }
      const end = start + value.length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      out.push({ type, start, end, text: value, key: `${type}:${value.toLowerCase()}`, sentence: index });
    }
  }
  return out;
}

/** Groups values into entities, one per distinct value, numbered on from `firstId`; `base` moves offsets, `sentenceBase` sentence indices. */
export class ValueEntities {
  private readonly byKey = new Map<string, Entity>();

  constructor(private id: number) {}

  /** Adds a value's mention (`previous`, when it is the same, else a new one) and returns it. */
  add(v: ValueMatch, base = 0, sentenceBase = 0, previous?: Mention): Mention {
    let e = this.byKey.get(v.key);
    if (!e) { e = { id: `e${++this.id}`, name: v.text, type: v.type, mentions: [], roles: [] }; this.byKey.set(v.key, e); }
    const start = v.start + base, sentence = v.sentence + sentenceBase;
    const m: Mention = previous && previous.start === start && previous.entity === e.id && previous.sentence === sentence ? previous :
      { start, end: v.end + base, text: v.text, form: 'name', entity: e.id, sentence };
    e.mentions.push(m);
    return m;
  }

  entities(): Entity[] {
    return [...this.byKey.values()];
  }
}
