import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Corpus {
  name: string;
  texts: string[];
}

const SHARED = resolve(__dirname, '../../shared/eval');

/**
 * Texts to measure on: the development sets beside the project when they are there (read
 * for measurement only, never copied), else the project's own sample and fixture articles.
 */
export function loadCorpora(): Corpus[] {
  const corpora: Corpus[] = [];
  for (const set of ['re3d', 'wikigold']) {
    const file = join(SHARED, `${set}.jsonl`);
    if (existsSync(file)) {
      corpora.push({ name: set, texts: readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text as string) });
    }
  }
  if (!corpora.length) corpora.push({ name: 'samples', texts: ownArticles() });
  return corpora;
}

/** A typical article of about 5 KB: the seed article if present, else our sample grown to 5 KB. */
export function typicalArticle(): { name: string; text: string } {
  const seed = join(SHARED, 'seed/article.txt');
  if (existsSync(seed)) return { name: 'seed article', text: readFileSync(seed, 'utf8') };
  let text = '';
  const own = ownArticles();
  while (text.length < 5000) text += own[text.length % own.length] + '\n';
  return { name: 'sample articles (5 KB)', text };
}

export function ownArticles(): string[] {
  const dirs = [resolve(__dirname, '../samples'), resolve(__dirname, '../test/fixtures/workspace')];
  return dirs.flatMap(d => (existsSync(d) ? readdirSync(d).filter(f => /\.(news|txt|md)$/.test(f)).map(f => readFileSync(join(d, f), 'utf8')) : []));
}

/** About `size` characters of article text, made by repeating the typical article. */
export function documentOfSize(size: number): string {
  const base = typicalArticle().text;
  const parts: string[] = [];
  let n = 0;
  while (n < size) { parts.push(base); n += base.length + 1; }
  return parts.join('\n').slice(0, size);
}
