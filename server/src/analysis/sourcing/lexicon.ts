// Word lists for the sourcing rules. Every list is general: kinds of unnamed sources,
// the verbs that attribute a statement to them, and the small words allowed in between.
// Words are lower-case, with the typographic apostrophe folded to "'".

const set = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Inflected forms of regular verbs: base, -s, -ed, -ing (with the usual spelling rules). */
function inflect(bases: string): string[] {
  const out: string[] = [];
  for (const b of bases.trim().split(/\s+/)) {
    if (b.endsWith('e')) out.push(b, `${b}s`, `${b}d`, `${b.slice(0, -1)}ing`);
    else if (/[^aeiou]y$/.test(b)) out.push(b, `${b.slice(0, -1)}ies`, `${b.slice(0, -1)}ied`, `${b}ing`);
    else if (/(?:s|sh|ch|x)$/.test(b)) out.push(b, `${b}es`, `${b}ed`, `${b}ing`);
    else out.push(b, `${b}s`, `${b}ed`, `${b}ing`);
  }
  return out;
}

const IRREGULAR = 'say says said saying tell tells told telling think thinks thought thinking ' +
  'write writes wrote written writing feel feels felt feeling hold holds held holding ' +
  'find finds found finding put puts putting see sees saw seen seeing';

/**
 * Verbs that attribute a statement or a view to their subject ("analysts estimate",
 * "sources have said", "critics argue"). Used after group nouns and unnamed officials.
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  ...IRREGULAR.split(' ').filter(w => !/^(?:feel|feels|felt|feeling|hold|holds|held|holding|find|finds|found|finding|put|puts|putting|see|sees|saw|seen|seeing)$/.test(w)),
  ...inflect('report claim believe estimate warn fear note argue suggest speculate agree contend predict expect ' +
    'assert insist maintain allege caution worry doubt question acknowledge concede confirm deny reveal disclose ' +
    'indicate add explain describe characterize characterise stress emphasize emphasise suspect reckon calculate ' +
    'forecast anticipate conclude assess point recall complain accuse blame cite tweet state speculate theorize ' +
    'theorise posit observe remark comment brief inform admit quote'),
  'writes', 'wrote', 'write',
]);

/** The narrower set for quantifier subjects ("some believe", "many fear", "others argue"). */
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'think', 'thinks', 'thought',
  ...inflect('believe claim estimate warn fear argue suggest speculate agree contend predict expect assert ' +
    'insist maintain allege worry doubt question suspect reckon describe'),
  'note', 'notes', 'noted', 'view', 'views', 'viewed', 'consider', 'considers', 'considered',
  'see', 'sees', 'saw', // only as "see X as Y" (checked where used)
]);

/** Verbs whose subject is a document or the press ("media reports suggest", "estimates put"). */
export const DOCUMENT_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'put', 'puts', 'show', 'shows', 'showed', 'shown', 'find', 'finds', 'found',
  ...inflect('suggest indicate claim allege speculate report state reveal point hint estimate describe note circulate swirl'),
]);

/** Reporting verbs put before their subject after a quotation or clause: "…, said one diplomat". */
export const INVERTED_CUES: ReadonlySet<string> = set('said says added noted wrote reported claimed');

/** Words that introduce a source wherever they stand: "citing people familiar with the talks". */
export const CUES_BEFORE_SOURCE: ReadonlySet<string> = set('citing cited quoting quoted');

/** Unnamed people who speak for an institution: anonymous when they are the source. */
export const OFFICIAL_HEADS: ReadonlySet<string> = set(
  'official officials aide aides adviser advisers advisor advisors diplomat diplomats insider insiders ' +
  'staffer staffers negotiator negotiators confidant confidants commander commanders figures officer officers',
);

/** "source(s)": anonymous by definition when they are the agent of an attribution. */
export const SOURCE_HEADS: ReadonlySet<string> = set('source sources');

/** People who are anonymous only when the text marks them so ("people familiar with the matter"). */
export const PERSON_HEADS: ReadonlySet<string> = set('people person persons individual individuals someone those');

/** Generic groups: "analysts", "experts", "critics". Vague when they are the source. */
export const GROUP_HEADS: ReadonlySet<string> = set(
  'analyst analysts expert experts critic critics observer observers commentator commentators pundit pundits ' +
  'scholar scholars historian historians economist economists researcher researchers scientist scientists ' +
  'academic academics specialist specialists watcher watchers sceptic sceptics skeptic skeptics opponent opponents ' +
  'supporter supporters proponent proponents advocate advocates activist activists campaigner campaigners ' +
  'resident residents witness witnesses eyewitness eyewitnesses local locals lawmaker lawmakers legislator legislators ' +
  'politician politicians strategist strategists medic medics doctor doctors groups organisations organizations agencies ' +
  'charities monitors defenders backers detractors hardliners hawks doves loyalists traders dealers investors bankers ' +
  'brokers mediators',
);

/**
 * Group nouns whose modifier usually names an employer ("Pentagon analysts", "UN experts"):
 * a named organisation there makes the source institutional, not vague.
 */
export const EMPLOYED_HEADS: ReadonlySet<string> = set(
  'analyst analysts expert experts economist economists researcher researchers scientist scientists ' +
  'scholar scholars academic academics specialist specialists strategist strategists doctor doctors medic medics ' +
  'traders dealers bankers brokers',
);

/** Unnamed documents and press: "media reports", "some estimates", "studies". */
export const DOCUMENT_HEADS: ReadonlySet<string> = set('media reports report press rumours rumors rumour rumor estimates studies polls surveys outlets newspapers');

/** Quantifier pronouns that can stand as a vague subject ("some believe", "many fear"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = set('some many others most few several numerous');

/** Quantifiers and numbers that make a following noun phrase indefinite. */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = set(
  'a an some many several most few other another one two three four five six seven eight nine ten dozens numerous various ' +
  'certain unnamed anonymous unidentified multiple',
);

export const DEFINITE_DETERMINERS: ReadonlySet<string> = set('the these those this that such');
export const POSSESSIVES: ReadonlySet<string> = set('his her their its our my your');

/** Words before "of" that keep a noun phrase vague: "a number of experts", "some of the analysts". */
export const PARTITIVE_NOUNS: ReadonlySet<string> = set('number group majority handful host lot plenty couple some many most several few none all dozens');

/**
 * Words that end a noun phrase when walking left from its head: prepositions, conjunctions,
 * pronouns, auxiliaries. (Attribution verbs end it too.)
 */
export const STOP_LEFT: ReadonlySet<string> = set(
  'of in on at to for with by from about against among between into over under after before during since than as like per ' +
  'via through across around within without toward towards upon despite and or but nor while although though because if ' +
  'when where whereas yet so that which who whom whose what he she it they we i you me him them us is are was were be been ' +
  'being have has had do does did will would can could may might must shall should not also there here then however ' +
  'meanwhile now said says told according',
);

/** Small words allowed between a source and its verb ("have long", "are now", "generally"). */
export const FILLERS: ReadonlySet<string> = set(
  "have has had 've 'd are were is was 's be been will would could can may might must should do does did don't doesn't " +
  "didn't not also now still long all both already even too again privately publicly openly initially previously " +
  'earlier recently further increasingly repeatedly often frequently widely generally broadly largely mostly ' +
  'continue continues continued tend tends tended seem seems seemed appear appears appeared',
);

/** Fillers after which "to" may come ("continue to warn", "seem to believe"). */
export const TO_TAKERS: ReadonlySet<string> = set('continue continues continued tend tends tended seem seems seemed appear appears appeared');

/** Post-modifiers that mark a person as deliberately unnamed ("familiar with", "briefed on"). */
export const ANONYMITY_PREPOSITIONS: ReadonlyArray<readonly string[]> = [
  ['familiar', 'with'], ['briefed', 'on'], ['briefed', 'about'], ['close', 'to'], ['closer', 'to'], ['aware', 'of'],
  ['knowledgeable', 'about'], ['involved', 'in'], ['privy', 'to'], ['informed', 'about'], ['informed', 'of'],
  ['with', 'knowledge'], ['with', 'direct'], ['with', 'first-hand'], ['with', 'firsthand'], ['with', 'intimate'],
  ['with', 'inside'], ['who', 'know'], ['who', 'knows'], ['in', 'the', 'know'],
];

/** Clauses that say the source asked not to be named. */
export const ANONYMITY_CLAUSE = /\b(?:on (?:the )?condition (?:of|that (?:they|he|she) not be) (?:anonymity|named|identified)|on condition of anonymity|asked not to be (?:named|identified|quoted)|declined to be (?:named|identified)|requested anonymity|(?:speaking|spoke) anonymously|not authori[sz]ed to (?:speak|comment|discuss)|(?:without|no) authori[sz]ation to speak|insisted on anonymity|granted anonymity|under (?:the )?condition of anonymity)\b/i;

/** Places that qualify a source without naming it ("U.S. officials", "Western analysts"). */
export const PLACE_LIKE_MODIFIER = /^(?:U\.?S\.?|US|UK|U\.?K\.?|Western|Eastern|Northern|Southern|Arab|Gulf|Allied|Coalition|Opposition|Government|Administration|Army|Military|Navy|Intelligence|Defense|Defence|Security|Senior|Top|Independent|Foreign|Local|Regional|Federal|State|Israeli|Iraqi|Pakistani|Saudi|Kuwaiti|Qatari|Emirati|Yemeni|Omani|Bahraini|Somali|Nepali|Bangladeshi|Azerbaijani|Kazakh|Uzbek|Tajik|Thai|Swiss|Dutch|Danish|Swedish|Finnish|Polish|British|Irish|Spanish|Turkish|Kurdish|Flemish|Welsh|Scottish|French|Greek|Czech|Slovak|Serb|Croat|\p{Lu}\p{Ll}+(?:an|ian|ese|ean))$/u;

/** Words after which a new subject may begin ("…, but many fear", "while some believe"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = set(
  'and but while although though because as since where whereas yet that so if when however meanwhile still even now',
);

/**
 * Cue words that source a paragraph for the statistic rule: any reporting verb, "according
 * to", data words, or an institution named as the speaker. Deliberately broad.
 */
export const SOURCING_CUE = /\b(?:according to|cit(?:ing|ed)|quot(?:ing|ed)|sa(?:y|ys|id)|told|tell|report(?:s|ed|ing)?|announc(?:e|es|ed|ing)|stat(?:e|es|ed|ing)|claim(?:s|ed|ing)?|confirm(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|add(?:s|ed)|not(?:e|es|ed)|insist(?:s|ed)?|alleg(?:e|es|ed)|warn(?:s|ed)?|wr(?:ote|ites)|tweet(?:s|ed)?|post(?:s|ed)|show(?:s|ed|n)?|data|figures?|statistics?|census|survey(?:s|ed)?|polls?|records?|believ(?:e|es|ed)|accus(?:e|es|ed)|clarif(?:y|ies|ied|ying)|explain(?:s|ed)?|indicat(?:e|es|ed)|suggest(?:s|ed)?|reveal(?:s|ed)?|releas(?:e|ed)|statement|ministry|agency|office|department)\b/i;

/** "per Bloomberg", "per the ministry": a named source given with "per". */
export const PER_SOURCE = /\bper (?:the )?[A-Z]/;
