import type { Entity, EntityType, Sentence } from '../types';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NUMBER = '\\d{1,3}(?:[,.]\\d{3})*(?:\\.\\d+)?';
const SCALE = '(?:\\s?(?:thousand|million|billion|trillion|bn|m|k|mn|tn))';

// Figures that news states: dates, money, percentages and counted quantities.
const PATTERNS: Array<[EntityType, RegExp]> = [
  ['date', new RegExp(`\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|(?:early |late |mid-)?${MONTH}|${DAY}|(?:in|since|by|until|from|before|after) (?:the )?(?:early |late |mid-)?(?:1[89]|20)\\d{2}s?)\\b`, 'g')],
  ['money', new RegExp(`(?:[$€£¥]\\s?${NUMBER}${SCALE}?|\\b${NUMBER}${SCALE}?\\s?(?:dollars|euros|pounds|roubles|rubles|yuan|hryvnias?|USD|EUR))\\b`, 'g')],
  ['percent', new RegExp(`\\b${NUMBER}\\s?(?:%|per ?cent\\b|percentage points\\b)`, 'g')],
  ['quantity', new RegExp(`\\b${NUMBER}${SCALE}?\\s?(?:km|kilometres|kilometers|miles|tonnes|tons|barrels|troops|soldiers|casualties|people|civilians|conscripts|refugees|drones|missiles)\\b`, 'g')],
];

/** Dates, money, percentages and quantities as entities of their own, one per distinct text. */
export function findValues(text: string, sentences: Sentence[], firstId: number): Entity[] {
  const byKey = new Map<string, Entity>();
  let id = firstId;
  sentences.forEach((s, index) => {
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
        const key = `${type}:${value.toLowerCase()}`;
        let e = byKey.get(key);
        if (!e) { e = { id: `e${++id}`, name: value, type, mentions: [], roles: [] }; byKey.set(key, e); }
        e.mentions.push({ start, end, text: value, form: 'name', entity: e.id, sentence: index });
      }
    }
  });
  return [...byKey.values()];
}
