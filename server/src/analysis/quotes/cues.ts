// Reporting verbs and phrases: the words that present someone's words ("said", "told",
// "according to", a colon after a speaker). Lower-case word lists, looked up in sets.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Finite reporting verbs that introduce or follow a direct quotation ("said", "warned"). */
export const SAY_VERBS = words(`
  said says say told tells added adds stated states wrote writes warned warns insisted insists confirmed confirms
  argued argues noted notes explained explains declared declares announced announces claimed claims asked asks
  replied replies responded responds recalled recalls continued continues concluded concludes stressed stresses
  emphasised emphasized emphasises emphasizes acknowledged acknowledges admitted admits conceded concedes
  complained complains remarked remarks observed observes commented comments tweeted tweets posted posts urged
  urges vowed vows pledged pledges promised promises predicted predicts suggested suggests contended contends
  maintained maintains asserted asserts reiterated reiterates cautioned cautions countered counters quipped
  shouted yelled testified testifies appealed appeals pleaded pleads begged demanded demands proclaimed exclaimed boasted joked mused wondered lamented thundered retorted
  reported reports announced wrote affirmed affirms alleged alleges charged charges disclosed revealed reveals
  denied denies objected added answered answers echoed echoes elaborated summed
  underlined underlines highlighted highlights insisted recounted recounts described describes
  tell state add warn declare write explain claim argue note insist announce confirm
`);

/** Reporting verbs that come before their subject after a quotation ("…,” said the minister); "denied" never does. */
export const INVERTING_VERBS = words(`
  said says added adds asked asks wrote writes continued continues explained explains noted notes recalled recalls
  replied replies responded responds answered answers insisted insists warned warns cautioned concluded concludes
  remarked observed commented argued argues stated states declared declares told tells recounted quipped retorted
  countered mused wondered lamented shouted yelled exclaimed
`);

/** Participles of reporting verbs: "…, saying …", "adding that …". Their speaker is the clause's subject. */
export const SAY_PARTICIPLES = words(`
  saying adding telling stating writing warning insisting noting explaining declaring arguing claiming stressing
  urging calling describing suggesting asking recalling arguing emphasising emphasizing acknowledging admitting
  vowing pledging promising predicting complaining maintaining asserting reiterating cautioning announcing
  confirming denying alleging charging describing branding dubbing labelling labeling terming answering replying
`);

/** Verbs that name or describe in someone's words ("what he calls …", "described it as …"). */
export const NAMING_VERBS = words(`
  call calls called calling describe describes described describing dub dubs dubbed dubbing brand brands branded
  branding label labels labelled labeled labelling term terms termed
`);

/** Verbs that judge in someone's words ("dismissed the claim as “false”", "hailed the deal as “historic”"). */
export const JUDGING_VERBS = words(`
  dismissed dismisses dismissing denounced denounces denouncing condemned condemns condemning criticised criticized
  criticises criticizes criticising criticizing slammed slams slamming hailed hails hailing welcomed welcomes
  praised praises praising rejected rejects rejecting accused accuses accusing blasted blasts lambasted decried
  decries characterised characterized characterises characterizes portrayed portrays
`);

/** Reporting words that are just as often nouns ("the ceasefire claim"): cues only with a subject before them. */
export const NOUN_LIKE_CUES = words(`
  claim claims report reports note notes comment comments call calls answer answers reply replies tweet tweets post
  posts promise promises pledge pledges vow vows charge charges warning warnings statement states state term terms
  label labels brand brands fear fears hope hopes view views thought feel regard
`);

/** Verbs of belief and hope: cues for a quoted fragment only ("he believed … would “fulfil …”"). */
export const BELIEF_VERBS = words(`
  believes believed believe thinks thought think hopes hoped hope feels felt fears feared expects expected
  considers considered regards regarded sees saw views viewed
`);

/** Verbs for an indirect statement "X said (that) …". */
export const INDIRECT_VERBS = words(`
  said says told tells added adds stated states wrote writes warned warns insisted insists confirmed confirms
  argued argues noted notes explained explains declared declares announced announces claimed claims
  acknowledged acknowledges admitted admits conceded concedes stressed stresses emphasised emphasized
  emphasises emphasizes predicted predicts suggested suggests contended contends maintained maintains
  asserted asserts reiterated reiterates cautioned cautions reported reports alleged alleges denied denies
  revealed reveals disclosed affirmed affirms estimated estimates signalled signaled indicated indicates
  agreed agrees complained complains testified recalled recalls
  say warn argue insist suggest predict contend maintain allege ruled rules concluded concludes
`);

/** Reporting verbs whose reported clause may follow without "that" ("said the talks failed"). */
export const LOOSE_CLAUSE_VERBS = words(`
  said says told tells added adds wrote writes insisted insists argued argues stated states noted notes
  explained explains stressed stresses predicted predicts suggested suggests maintained maintains contended contends
  asserted asserts reiterated reiterates cautioned cautions emphasised emphasized emphasises emphasizes complained
  complains testified recalled recalls say insist argue
`);

/** Words that may stand between a subject and its reporting verb ("he later said", "who has repeatedly warned"). */
export const SUBJECT_GAP_WORDS = words(`
  also later further then again still recently previously repeatedly once publicly privately reportedly allegedly
  apparently quickly immediately subsequently ultimately finally earlier initially simply flatly bluntly openly
  firmly angrily calmly proudly himself herself itself themselves not never would will could may might should
  must did does do has have had was were is are be been being shall just only even yet already long often
  always frequently regularly indeed however too separately jointly formally officially explicitly directly
  clearly sharply strongly now today yesterday tonight to made going expected set likely due able about ready willing keen eager wanted wants
  want tried tries trying used hastened quick
`);

/** Reporting nouns: "in a statement", "the following statement:". */
export const STATEMENT_NOUNS = words(`statement statements message remarks comments comment note letter post tweet speech address interview release briefing`);

/** Verbs that issue a statement ("released the following statement today:"). */
export const ISSUE_VERBS = words(`released releases issued issues provided provides gave gives made makes posted posts published publishes shared shares delivered delivers sent sends offered offers`);

/** Strength of a word as a cue for a quoted fragment: 3 say-verb, 2 participle or naming, 1 belief, 0 none. */
export function cueStrength(lower: string): number {
  if (SAY_VERBS.has(lower)) return 3;
  if (SAY_PARTICIPLES.has(lower) || NAMING_VERBS.has(lower) || JUDGING_VERBS.has(lower)) return 2;
  if (BELIEF_VERBS.has(lower)) return 1;
  return 0;
}
