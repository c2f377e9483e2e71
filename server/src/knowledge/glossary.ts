import { countries } from 'countries-list';
import { KnowledgeBase } from './knowledgeBase';
import type { KnowledgeEntry, KnowledgeType } from './types';
import { groupThousands } from '../groupThousands';

// A user glossary: knowledge entries in a JSON file (`.dossier/glossary.json` in a workspace
// folder, or the file named by `dossier.glossary.userFile`). Pure: text in, entries and
// problems with UTF-16 offsets out. Nothing here throws on bad input.

export interface GlossaryProblem {
  message: string;
  /** Offsets into the file's text; `end` is exclusive. */
  start: number;
  end: number;
  /** An error drops an entry (or the whole file); a warning drops only a field, or nothing. */
  severity: 'error' | 'warning';
}

export interface GlossaryResult {
  entries: KnowledgeEntry[];
  problems: GlossaryProblem[];
}

export const KNOWLEDGE_TYPES: readonly KnowledgeType[] = ['person', 'organization', 'place', 'event', 'term', 'nationality'];

/** Files larger than this are not read: a glossary is a short list written by hand. */
export const MAX_GLOSSARY_LENGTH = 5_000_000;
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 64;
const MAX_TEXT = 4_000;

/** Parses and checks a glossary file. Entries with errors are left out; the rest are kept. */
export function parseGlossary(text: string): GlossaryResult {
  const problems: GlossaryProblem[] = [];
  if (typeof text !== 'string') return { entries: [], problems };
  if (text.length > MAX_GLOSSARY_LENGTH) {
    return { entries: [], problems: [{ message: `The glossary is longer than ${groupThousands(MAX_GLOSSARY_LENGTH)} characters and was not read.`, start: 0, end: 0, severity: 'error' }] };
  }
  if (!text.trim()) return { entries: [], problems };
  let root: JsonNode;
  try {
    root = new JsonParser(text).parseDocument();
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { entries: [], problems: [{ message: `${e.message} The glossary was not loaded.`, start: e.start, end: e.end, severity: 'error' }] };
  }
  const list = entryList(root, problems);
  if (!list) return { entries: [], problems };
  const entries: KnowledgeEntry[] = [];
  const byId = new Map<string, number>();
  for (const node of list.items.slice(0, MAX_ENTRIES)) {
    const entry = checkEntry(node, problems);
    if (!entry) continue;
    const earlier = byId.get(entry.id);
    if (earlier !== undefined) {
      problems.push({ message: `Another entry above has the id “${entry.id}”; this one replaces it.`, ...spanOf(idNode(node) ?? node), severity: 'warning' });
      entries[earlier] = entry;
    } else {
      byId.set(entry.id, entries.length);
      entries.push(entry);
    }
  }
  if (list.items.length > MAX_ENTRIES) {
    problems.push({ message: `Only the first ${groupThousands(MAX_ENTRIES)} entries are read.`, ...spanOf(list.items[MAX_ENTRIES]), severity: 'warning' });
  }
  return { entries, problems };
}

/** The id an entry without one gets: its name in lower case with hyphens ("Mark Rutte" → "mark-rutte"). */
export function idFromName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

function entryList(root: JsonNode, problems: GlossaryProblem[]): ArrayNode | undefined {
  if (root.type === 'array') return root;
  if (root.type === 'object') {
    let list: ArrayNode | undefined;
    for (const p of root.properties) {
      if (p.key === 'entries') {
        if (p.value.type === 'array') list = p.value;
        else problems.push({ message: '“entries” must be an array of glossary entries.', ...spanOf(p.value), severity: 'error' });
      } else if (p.key !== '$schema' && p.key !== 'version') {
        problems.push({ message: `Unknown property “${p.key}”: a glossary has “entries” (and optionally “$schema”).`, start: p.keyStart, end: p.keyEnd, severity: 'warning' });
      }
    }
    if (!list && !problems.some(p => p.severity === 'error')) {
      problems.push({ message: 'The glossary has no “entries” array.', start: root.start, end: Math.min(root.end, root.start + 1), severity: 'error' });
    }
    return list;
  }
  problems.push({ message: 'A glossary is an object with an “entries” array (or an array of entries).', ...spanOf(root), severity: 'error' });
  return undefined;
}

const KNOWN_FIELDS = new Set(['id', 'name', 'type', 'aliases', 'expansion', 'summary', 'roles', 'country', 'wikipedia', 'wikidata', 'facts']);

function checkEntry(node: JsonNode, problems: GlossaryProblem[]): KnowledgeEntry | undefined {
  if (node.type !== 'object') {
    problems.push({ message: 'A glossary entry must be an object with at least “name”, “type” and “summary”.', ...spanOf(node), severity: 'error' });
    return undefined;
  }
  const errorsBefore = problems.filter(p => p.severity === 'error').length;
  const fields = new Map<string, PropertyNode>();
  for (const p of node.properties) {
    if (!KNOWN_FIELDS.has(p.key)) {
      problems.push({ message: `Unknown property “${p.key}” is ignored. Known: ${[...KNOWN_FIELDS].join(', ')}.`, start: p.keyStart, end: p.keyEnd, severity: 'warning' });
      continue;
    }
    if (fields.has(p.key)) problems.push({ message: `“${p.key}” is given twice; the last one counts.`, start: p.keyStart, end: p.keyEnd, severity: 'warning' });
    fields.set(p.key, p);
  }
  const entryStart = { start: node.start, end: Math.min(node.end, node.start + 1) };
  const requiredText = (key: string, what: string): string | undefined => {
    const p = fields.get(key);
    if (!p) {
      problems.push({ message: `This entry has no “${key}” (${what}); it is left out.`, ...entryStart, severity: 'error' });
      return undefined;
    }
    const v = text(p.value);
    if (v === undefined) problems.push({ message: `“${key}” must be a non-empty string (${what}); this entry is left out.`, ...spanOf(p.value), severity: 'error' });
    return v;
  };

  const name = requiredText('name', 'the name shown in hovers');
  const summary = requiredText('summary', 'one or two sentences of background');
  let type: KnowledgeType | undefined;
  const typeField = fields.get('type');
  if (!typeField) {
    problems.push({ message: `This entry has no “type” (one of ${KNOWLEDGE_TYPES.join(', ')}); it is left out.`, ...entryStart, severity: 'error' });
  } else if (typeField.value.type === 'string' && (KNOWLEDGE_TYPES as string[]).includes(typeField.value.value)) {
    type = typeField.value.value as KnowledgeType;
  } else {
    problems.push({ message: `“type” must be one of ${KNOWLEDGE_TYPES.join(', ')}; this entry is left out.`, ...spanOf(typeField.value), severity: 'error' });
  }

  let id: string | undefined;
  const idField = fields.get('id');
  if (idField) {
    const v = text(idField.value);
    if (v === undefined || /\s/.test(v) || v.length > 200) {
      problems.push({ message: '“id” must be a non-empty string without spaces, such as “mark-rutte”; this entry is left out.', ...spanOf(idField.value), severity: 'error' });
    } else id = v;
  } else if (name) {
    id = idFromName(name) || undefined;
    if (!id) problems.push({ message: 'This entry has no “id” and none can be made from its name; it is left out.', ...entryStart, severity: 'error' });
  }

  if (problems.filter(p => p.severity === 'error').length > errorsBefore || !id || !name || !summary || !type) return undefined;
  const entry: KnowledgeEntry = { id, name, type, summary };

  const aliasesField = fields.get('aliases');
  if (aliasesField) {
    if (aliasesField.value.type !== 'array') {
      problems.push({ message: '“aliases” must be an array of strings; it is ignored.', ...spanOf(aliasesField.value), severity: 'warning' });
    } else {
      const aliases: string[] = [];
      for (const item of aliasesField.value.items) {
        const v = text(item);
        if (v === undefined) problems.push({ message: 'An alias must be a non-empty string; this one is ignored.', ...spanOf(item), severity: 'warning' });
        else if (!aliases.includes(v)) aliases.push(v);
      }
      entry.aliases = aliases;
    }
  }

  const rolesField = fields.get('roles');
  if (rolesField) {
    if (rolesField.value.type !== 'array') {
      problems.push({ message: '“roles” must be an array of { "title", "asOf" } objects; it is ignored.', ...spanOf(rolesField.value), severity: 'warning' });
    } else {
      const roles: Array<{ title: string; asOf: string }> = [];
      for (const item of rolesField.value.items) {
        const role = checkRole(item, problems);
        if (role) roles.push(role);
      }
      entry.roles = roles;
    }
  }

  const optionalText = (key: 'expansion' | 'wikipedia' | 'wikidata' | 'country', check?: (v: string) => string | undefined, hint = '') => {
    const p = fields.get(key);
    if (!p) return undefined;
    const v = text(p.value);
    const checked = v === undefined ? undefined : check ? check(v) : v;
    if (checked === undefined) problems.push({ message: `“${key}” must be ${hint || 'a non-empty string'}; it is ignored.`, ...spanOf(p.value), severity: 'warning' });
    return checked;
  };
  const expansion = optionalText('expansion');
  if (expansion) entry.expansion = expansion;
  const country = optionalText('country', v => (v.toUpperCase() in countries ? v.toUpperCase() : undefined), 'a two-letter ISO 3166-1 country code such as “FR”');
  if (country) entry.country = country;
  const wikipedia = optionalText('wikipedia', v => v.trim().replace(/\s+/g, '_'), 'an English Wikipedia article title such as “Mark_Rutte”');
  if (wikipedia) entry.wikipedia = wikipedia;
  const wikidata = optionalText('wikidata', v => (/^Q[1-9]\d*$/.test(v) ? v : undefined), 'a Wikidata item id such as “Q42”');
  if (wikidata) entry.wikidata = wikidata;

  const factsField = fields.get('facts');
  if (factsField) {
    const facts = checkFacts(factsField.value, problems);
    if (facts) entry.facts = facts;
  }
  return entry;
}

function checkRole(node: JsonNode, problems: GlossaryProblem[]): { title: string; asOf: string } | undefined {
  if (node.type !== 'object') {
    problems.push({ message: 'A role must be an object like { "title": "Prime Minister of X", "asOf": "2025-06" }; it is ignored.', ...spanOf(node), severity: 'warning' });
    return undefined;
  }
  const title = node.properties.find(p => p.key === 'title');
  const asOf = node.properties.find(p => p.key === 'asOf');
  const titleText = title && text(title.value);
  if (!titleText) {
    problems.push({ message: 'A role needs a “title” string; it is ignored.', ...spanOf(title?.value ?? node), severity: 'warning' });
    return undefined;
  }
  const asOfText = asOf && text(asOf.value);
  if (!asOfText || !/^\d{4}-(?:0[1-9]|1[0-2])$/.test(asOfText)) {
    problems.push({ message: 'A role needs an “asOf” month written YYYY-MM (such as “2025-06”): the month it was last known true. It is ignored.', ...spanOf(asOf?.value ?? node), severity: 'warning' });
    return undefined;
  }
  return { title: titleText, asOf: asOfText };
}

function checkFacts(node: JsonNode, problems: GlossaryProblem[]): KnowledgeEntry['facts'] | undefined {
  if (node.type !== 'object') {
    problems.push({ message: '“facts” must be an object; it is ignored.', ...spanOf(node), severity: 'warning' });
    return undefined;
  }
  const facts: NonNullable<KnowledgeEntry['facts']> = {};
  for (const p of node.properties) {
    if (p.key === 'population') {
      if (p.value.type === 'number' && p.value.value >= 0) facts.population = p.value.value;
      else problems.push({ message: '“population” must be a number; it is ignored.', ...spanOf(p.value), severity: 'warning' });
    } else if (p.key === 'capital' || p.key === 'region' || p.key === 'currency' || p.key === 'demonym') {
      const v = text(p.value);
      if (v) facts[p.key] = v;
      else problems.push({ message: `“${p.key}” must be a non-empty string; it is ignored.`, ...spanOf(p.value), severity: 'warning' });
    } else {
      problems.push({ message: `Unknown fact “${p.key}” is ignored. Known: capital, region, currency, population, demonym.`, start: p.keyStart, end: p.keyEnd, severity: 'warning' });
    }
  }
  return facts;
}

function text(node: JsonNode): string | undefined {
  if (node.type !== 'string') return undefined;
  const v = node.value.trim();
  return v && v.length <= MAX_TEXT ? v : undefined;
}

function idNode(node: JsonNode): JsonNode | undefined {
  return node.type === 'object' ? node.properties.find(p => p.key === 'id')?.value : undefined;
}

function spanOf(node: JsonNode): { start: number; end: number } {
  return { start: node.start, end: node.end };
}

// ---------------------------------------------------------------------------------------
// A small JSON parser that keeps offsets, so problems can point at the offending value.

type JsonNode = ObjectNode | ArrayNode
  | { type: 'string'; value: string; start: number; end: number }
  | { type: 'number'; value: number; start: number; end: number }
  | { type: 'boolean'; value: boolean; start: number; end: number }
  | { type: 'null'; start: number; end: number };

interface ObjectNode { type: 'object'; properties: PropertyNode[]; start: number; end: number }
interface ArrayNode { type: 'array'; items: JsonNode[]; start: number; end: number }
interface PropertyNode { key: string; keyStart: number; keyEnd: number; value: JsonNode }

class JsonSyntaxError extends Error {
  constructor(message: string, readonly start: number, readonly end: number) {
    super(message);
  }
}

class JsonParser {
  private pos = 0;
  constructor(private readonly src: string) {
    if (src.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  parseDocument(): JsonNode {
    const node = this.value(0);
    this.space();
    if (this.pos < this.src.length) this.fail('Unexpected text after the end of the JSON value.', 1);
    return node;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('The JSON is nested too deeply.', 1);
    this.space();
    const c = this.src[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, node] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.src.startsWith(word, this.pos)) {
        const start = this.pos;
        this.pos += word.length;
        return node === null ? { type: 'null', start, end: this.pos } : { type: 'boolean', value: node, start, end: this.pos };
      }
    }
    if (c === undefined) this.fail('The JSON ends too early: a value is missing.', 0);
    if (c === '/' && (this.src[this.pos + 1] === '/' || this.src[this.pos + 1] === '*')) this.fail('Comments are not allowed in JSON.', 2);
    if (c === "'") this.fail('Strings in JSON use double quotes (").', 1);
    return this.fail('Expected a JSON value (an object, array, string, number, true, false or null).', 1);
  }

  private object(depth: number): ObjectNode {
    const start = this.pos++;
    const properties: PropertyNode[] = [];
    let comma = start;
    this.space();
    if (this.src[this.pos] === '}') return { type: 'object', properties, start, end: ++this.pos };
    for (;;) {
      this.space();
      if (this.src[this.pos] === '}' && properties.length) this.failAt(comma, 'Trailing commas are not allowed in JSON.', 1);
      if (this.src[this.pos] !== '"') this.fail('Expected a property name in double quotes.', 1);
      const key = this.string();
      this.space();
      if (this.src[this.pos] !== ':') this.fail('Expected “:” after the property name.', 1);
      this.pos++;
      properties.push({ key: key.value, keyStart: key.start, keyEnd: key.end, value: this.value(depth + 1) });
      this.space();
      const c = this.src[this.pos];
      if (c === ',') { comma = this.pos++; continue; }
      if (c === '}') return { type: 'object', properties, start, end: ++this.pos };
      this.fail(c === undefined ? 'The JSON ends inside an object: a “}” is missing.' : 'Expected “,” or “}” after a property value.', c === undefined ? 0 : 1);
    }
  }

  private array(depth: number): ArrayNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    let comma = start;
    this.space();
    if (this.src[this.pos] === ']') return { type: 'array', items, start, end: ++this.pos };
    for (;;) {
      this.space();
      if (this.src[this.pos] === ']' && items.length) this.failAt(comma, 'Trailing commas are not allowed in JSON.', 1);
      items.push(this.value(depth + 1));
      this.space();
      const c = this.src[this.pos];
      if (c === ',') { comma = this.pos++; continue; }
      if (c === ']') return { type: 'array', items, start, end: ++this.pos };
      this.fail(c === undefined ? 'The JSON ends inside an array: a “]” is missing.' : 'Expected “,” or “]” after an array item.', c === undefined ? 0 : 1);
    }
  }

  private string(): { type: 'string'; value: string; start: number; end: number } {
    const start = this.pos++;
    let out = '';
    let from = this.pos;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined || c === '\n') {
        this.pos = start;
        this.fail('This string is not closed.', Math.max(1, this.src.indexOf('\n', start) < 0 ? this.src.length - start : this.src.indexOf('\n', start) - start));
      }
      if (c === '"') {
        out += this.src.slice(from, this.pos);
        this.pos++;
        return { type: 'string', value: out, start, end: this.pos };
      }
      if (c === '\\') {
        out += this.src.slice(from, this.pos);
        const e = this.src[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.src.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(this.src.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          this.fail('Invalid escape sequence in a string.', 2);
        }
        from = this.pos;
        continue;
      }
      if (c < ' ') this.fail('Control characters must be escaped in JSON strings.', 1);
      this.pos++;
    }
  }

  private number(): { type: 'number'; value: number; start: number; end: number } {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.src.slice(this.pos, this.pos + 400));
    if (!m) return this.fail('Invalid number.', 1);
    const start = this.pos;
    this.pos += m[0].length;
    return { type: 'number', value: Number(m[0]), start, end: this.pos };
  }

  private space(): void {
    while (this.pos < this.src.length && /[ \t\r\n]/.test(this.src[this.pos])) this.pos++;
  }

  private fail(message: string, length: number): never {
    return this.failAt(this.pos, message, length);
  }

  private failAt(at: number, message: string, length: number): never {
    const start = Math.min(at, this.src.length);
    throw new JsonSyntaxError(message, start, Math.min(this.src.length, start + length));
  }
}

/**
 * The knowledge base with glossary entries merged on top. `glossary` lists entries from the
 * least to the most specific source (user file, then workspace folders); a later entry
 * replaces an earlier one, and any built-in entry, with the same id. Glossary entries come
 * first when the knowledge base is read in order, so their names and aliases win in the
 * gazetteer over built-in entries that share a phrase.
 */
export function withGlossary(base: KnowledgeBase, glossary: readonly KnowledgeEntry[]): KnowledgeBase {
  if (!glossary.length) return base;
  const latest = new Map<string, KnowledgeEntry>();
  for (let i = glossary.length - 1; i >= 0; i--) if (!latest.has(glossary[i].id)) latest.set(glossary[i].id, glossary[i]);
  const ordered = [...latest.values()];
  for (const entry of base.entries()) if (!latest.has(entry.id)) ordered.push(entry);
  return new KnowledgeBase([ordered]);
}
