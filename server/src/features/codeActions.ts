import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic } from 'vscode-languageserver';
import type { Claim, ClaimCode } from '../analysis/types';
import {
  SOURCING_COMMANDS, type AddNamedSourceArgs, type DisableRuleArgs, type IgnoredFinding, type IgnoreFindingArgs,
} from '../actionsProtocol';
import { CLAIM_CODES } from '../settings';
import { DOCUMENT_HEADS, GROUP_HEADS, OFFICIAL_HEADS, PERSON_HEADS, QUANTIFIER_SUBJECTS, SOURCE_HEADS } from '../analysis/sourcing/lexicon';
import { DIAGNOSTIC_SOURCE, type ClaimData } from './diagnostics';

/** Rules whose flagged phrase names a source, so "treat it as a named source" makes sense. */
const SOURCE_RULES: ReadonlySet<ClaimCode> = new Set(['anonymous-source', 'vague-attribution']);

/** Longest phrase offered as a named source; longer ones are clauses, not sources. */
const MAX_SOURCE_LENGTH = 120;

/**
 * Quick fixes for Dossier's sourcing diagnostics: ignore the finding here, turn its rule
 * off, treat its phrase as a named source, show all findings. Every action runs a client
 * command whose arguments come from the diagnostic's data (checked here, since the client
 * sends it back), never from document text taken at face value.
 */
export function sourcingCodeActions(uri: string, context: CodeActionContext): CodeAction[] {
  if (context.only && !context.only.some(kind => kind === '' || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`))) return [];
  const actions: CodeAction[] = [];
  const perRule = new Set<string>();
  const perSource = new Set<string>();
  const findings: Diagnostic[] = [];
  for (const diagnostic of context.diagnostics ?? []) {
    const data = claimDataOf(diagnostic);
    if (!data) continue;
    findings.push(diagnostic);
    const ignore: IgnoreFindingArgs = { uri, code: data.code, phrase: data.phrase, claimText: data.claimText };
    actions.push({
      title: `Ignore “${shorten(data.phrase)}” here`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Ignore here', command: SOURCING_COMMANDS.ignoreFinding, arguments: [ignore] },
    });
    if (!perRule.has(data.code)) {
      perRule.add(data.code);
      const disable: DisableRuleArgs = { code: data.code, uri };
      actions.push({
        title: `Disable rule '${data.code}'…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: context.diagnostics.filter(d => claimDataOf(d)?.code === data.code),
        command: { title: 'Disable rule', command: SOURCING_COMMANDS.disableRule, arguments: [disable] },
      });
    }
    const source = SOURCE_RULES.has(data.code) ? sourceNounPhrase(data.phrase) : undefined;
    if (source && !perSource.has(source.toLowerCase())) {
      perSource.add(source.toLowerCase());
      const named: AddNamedSourceArgs = { phrase: source, uri };
      actions.push({
        title: `Treat “${shorten(source)}” as a named source`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: 'Treat as a named source', command: SOURCING_COMMANDS.addNamedSource, arguments: [named] },
      });
    }
  }
  if (findings.length) {
    actions.push({
      title: 'Show all sourcing issues',
      kind: CodeActionKind.QuickFix,
      diagnostics: findings,
      command: { title: 'Show all sourcing issues', command: SOURCING_COMMANDS.showSourcingProblems, arguments: [] },
    });
  }
  return actions;
}

/** The diagnostic's ClaimData when it is a well-formed Dossier finding, else undefined. */
export function claimDataOf(diagnostic: Diagnostic): ClaimData | undefined {
  if (!diagnostic || diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const d = diagnostic.data as Partial<ClaimData> | undefined;
  if (!d || typeof d !== 'object') return undefined;
  if (typeof d.code !== 'string' || !(CLAIM_CODES as string[]).includes(d.code)) return undefined;
  if (typeof d.phrase !== 'string' || typeof d.claimText !== 'string' || !d.phrase.trim()) return undefined;
  if (d.phrase.length > 10_000 || d.claimText.length > 100_000) return undefined;
  return { code: d.code, phrase: d.phrase, claimText: d.claimText };
}

// Words around the source noun phrase in a flagged span: cues before it ("according to",
// "citing", "said" in "said one diplomat") and the verb group after it ("have said").
const LEADING_CUE = /^(?:according\s+to|citing|quoting|cited\s+by|quoted\s+by|said|says|added|noted|wrote|reported|claimed|told)\s+/i;
const AUXILIARY = new Set(['have', 'has', 'had', 'having', 'been', 'be', 'is', 'are', 'was', 'were', 'will', 'would', 'may', 'might', 'could',
  'can', 'should', 'must', 'do', 'does', 'did', 'also', 'now', 'still', 'privately', 'publicly', 'repeatedly', 'reportedly', 'widely',
  'generally', 'often', 'already', 'not', 'never', 'long', 'to']);
/** Words too general to stand alone as a named source ("experts", "media reports"): every such finding would contain them. */
const GENERAL_WORDS: ReadonlySet<string> = new Set([...SOURCE_HEADS, ...OFFICIAL_HEADS, ...GROUP_HEADS, ...DOCUMENT_HEADS, ...PERSON_HEADS, ...QUANTIFIER_SUBJECTS,
  'other', 'all', 'everyone', 'everybody', 'anyone', 'they', 'news', 'the', 'a', 'an', 'one', 'two', 'three', 'some', 'several', 'many', 'senior', 'unnamed', 'anonymous']);

/**
 * The noun phrase that names the source in a flagged span: "Sources in Minsk have said" →
 * "Sources in Minsk", "According to people familiar with the talks" → "people familiar
 * with the talks", "A senior official, who spoke on condition of anonymity, said" → "A
 * senior official". Undefined when what is left is too general to name a source.
 */
export function sourceNounPhrase(phrase: string): string | undefined {
  let s = phrase.replace(/\s+/g, ' ').trim();
  s = s.replace(LEADING_CUE, '');
  // an appositive between commas ("A senior official, who spoke on condition of anonymity, said")
  s = s.replace(/\s*,\s*(?:who|which|speaking|asking|requesting|declining|not|on)\b[^,]*,?/i, ' ').trim();
  s = withoutVerbGroup(s).replace(/[\s,;:—–-]+$/, '').trim();
  if (!s || s.length > MAX_SOURCE_LENGTH) return undefined;
  if (!/\p{L}{2}/u.test(s) || s.toLowerCase().split(/[\s,]+/).every(w => GENERAL_WORDS.has(w))) return undefined;
  return s;
}

/** "Sources in Minsk have said" → "Sources in Minsk": a final verb and the auxiliaries before it. */
function withoutVerbGroup(s: string): string {
  const words = s.split(' ');
  const bare = (w: string) => w.toLowerCase().replace(/[,.;:]+$/, '');
  if (words.length < 2 || !VERB_FORMS.test(bare(words[words.length - 1]))) return s;
  words.pop();
  while (words.length > 1 && AUXILIARY.has(bare(words[words.length - 1]))) words.pop();
  // a noun that looks like a verb ("…with the state") leaves a dangling function word: keep the span
  return FUNCTION_WORD.test(words[words.length - 1]) ? s : words.join(' ');
}

const FUNCTION_WORD = /^(?:the|a|an|of|with|to|in|on|at|for|from|by|and|or|about|close|near)$/i;

/** The reporting and opinion verbs a flagged span ends with. */
const VERB_FORMS = new RegExp(`^(?:${[
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'think', 'thinks', 'thought', 'write', 'writes', 'wrote', 'put', 'puts',
  'show', 'shows', 'showed', 'shown', 'find', 'finds', 'found', 'see', 'sees', 'saw', 'view', 'views', 'viewed', 'consider', 'considers', 'considered',
].join('|')}|(?:report|claim|believ|estimat|warn|fear|not|argu|suggest|speculat|agre|contend|predict|expect|assert|insist|maintain|alleg|caution|worr|doubt|question|acknowledg|conced|confirm|deni|deny|reveal|disclos|indicat|add|explain|describ|stress|emphasi[sz]|suspect|reckon|calculat|forecast|anticipat|conclud|assess|point|recall|complain|accus|blam|cit|tweet|stat|theori[sz]|posit|observ|remark|comment|brief|inform|admit|quot|hint|circulat|swirl)(?:e|es|ed|ing|s|ied|ies|y)?)$`);

/** Matches claims against a document's ignored findings, as written in its current text. */
export function ignoredMatcher(entries: readonly IgnoredFinding[] | undefined, text: string): (claim: Claim) => boolean {
  if (!entries?.length) return () => false;
  const keys = new Set(entries.map(e => ignoreKey(e.code, e.phrase, e.claimText)));
  return claim => keys.has(ignoreKey(claim.code, claim.text, text.slice(claim.claim.start, claim.claim.end)));
}

const ignoreKey = (code: string, phrase: string, claimText: string) => `${code}\u0000${phrase}\u0000${claimText}`;

/** Reads an ignore list from untrusted JSON: drops malformed entries and duplicates. */
export function normalizeIgnored(raw: unknown): IgnoredFinding[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: IgnoredFinding[] = [];
  for (const e of raw.slice(0, 10_000)) {
    if (!e || typeof e !== 'object') continue;
    const { code, phrase, claimText } = e as Record<string, unknown>;
    if (typeof code !== 'string' || !(CLAIM_CODES as string[]).includes(code) || typeof phrase !== 'string' || typeof claimText !== 'string') continue;
    const key = ignoreKey(code, phrase, claimText);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: code as ClaimCode, phrase, claimText });
  }
  return out;
}

function shorten(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
