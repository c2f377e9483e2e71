// What each finding tells the reader: in plain words, what is missing and why it matters.
import type { SourcePhrase } from './sourcePhrases';

function quoteWord(s: string): string {
  return `“${s}”`;
}

export function anonymousSourceMessage(p: SourcePhrase): string {
  if (p.kind === 'source') {
    return p.plural
      ? 'Who are these sources? The article does not name them, so the claim cannot be checked.'
      : 'Who is this source? The article does not name them, so the claim cannot be checked.';
  }
  if (p.kind === 'official') {
    return `Which ${p.head}? The article does not name them, so no one is on the record for this claim.`;
  }
  if (p.anonymityMarker) {
    return 'Who are these people? The article says what they know, not who they are: the claim rests on unnamed sources.';
  }
  return 'Who is speaking? The article does not name its source.';
}

export function vagueAttributionMessage(p: SourcePhrase): string {
  if (p.kind === 'quantifier') {
    return `Who are ${quoteWord(p.head)}? The article puts this view in the mouths of an unnamed group.`;
  }
  if (p.kind === 'document') {
    return p.head === 'media' || p.head === 'press' || /^reports?$/.test(p.head)
      ? 'Which reports? The article does not name the outlet or the report.'
      : `Which ${p.head}? The article does not say whose they are or where to find them.`;
  }
  return p.plural
    ? `Which ${p.head}? The article names none of them, so the claim rests on an unnamed group.`
    : `Which ${p.head}? The article does not name them, so the claim cannot be checked.`;
}

const AGENTLESS_VERB: Record<string, string> = {
  believed: 'believes this', reported: 'reported this', said: 'says this', claimed: 'claims this', thought: 'thinks this',
  alleged: 'alleges this', rumoured: 'is spreading this', rumored: 'is spreading this', understood: 'gave this account',
  estimated: 'made this estimate', feared: 'fears this', suspected: 'suspects this', suggested: 'suggested this',
  argued: 'argues this', assumed: 'assumes this', presumed: 'presumes this', speculated: 'speculated this',
  learned: 'told the reporter this', learnt: 'told the reporter this', known: 'knows this', expected: 'expects this',
  reputed: 'says this', speculation: 'is speculating', rumours: 'is spreading these rumours', rumors: 'is spreading these rumors',
  reports: 'made these reports', allegations: 'makes these allegations', suggestions: 'suggests this',
  reportedly: 'reported this', purportedly: 'says this', reputedly: 'says this',
};

export function agentlessMessage(participle: string): string {
  const what = AGENTLESS_VERB[participle.toLowerCase()] ?? 'holds this view';
  return `Who ${what}? The sentence does not say, so the claim has no source to check.`;
}

export function unsourcedStatisticMessage(): string {
  return 'Where does this figure come from? Neither the sentence nor its paragraph names a source.';
}

export function unattributedQuoteMessage(): string {
  return 'Who said this? The quotation is not attributed to anyone.';
}
