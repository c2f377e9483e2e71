// Turns a fetched web page into a plain-text news article: Mozilla's Readability finds the
// article on a DOM built by linkedom (no browser, no scripts run), and the article's DOM is
// reduced to paragraphs of plain text, never HTML. No vscode imports: unit-tested on its own.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ExtractedArticle {
  title: string;
  /** The site's name ("The Fjordline Courier"), if the page gives one. */
  outlet?: string;
  /** The byline without a leading "By". */
  author?: string;
  /** When it was published, as the page gives it (ISO 8601 for most sites). */
  date?: string;
  /** Where the article was fetched from (after redirects). */
  url: string;
  paragraphs: string[];
  /** The document to open: the header block, a blank line, then the paragraphs. */
  text: string;
}

export interface ExtractOptions {
  /** Fewer words than this in the paragraphs means the page has no article. Default 40. */
  minWords?: number;
}

/** A DOM node as far as this module reads it (linkedom's, or a browser's). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS',
  'PICTURE', 'IMG', 'FIGURE', 'FIGCAPTION', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'ASIDE', 'HEAD',
]);

/** Elements that end one paragraph and start another. */
const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT',
  'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'CENTER',
]);

/**
 * The article in a page, or null when the page has none (a front page, a login wall, an
 * error page). `url` is where the page came from; it resolves nothing but is recorded.
 */
export function extractArticle(html: string, url: string, options: ExtractOptions = {}): ExtractedArticle | null {
  // linkedom's types name the DOM's Window, which this project's lib (no DOM) lacks
  const { document } = parseHTML(html) as unknown as { document: { title: string } };
  let parsed: ReturnType<Readability<DomNode>['parse']>;
  try {
    parsed = new Readability<DomNode>(document, { serializer: (node: unknown) => node as DomNode }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const title = oneLine(parsed.title) || oneLine(document.title) || url;
  const paragraphs = blocksOf(parsed.content);
  // Readability often keeps the headline (and the byline) at the top of the content
  while (paragraphs.length && (same(paragraphs[0], title) || (parsed.byline && same(paragraphs[0], parsed.byline)))) paragraphs.shift();
  const words = paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  if (!paragraphs.length || words < (options.minWords ?? 40)) return null;

  const article: ExtractedArticle = { title, url, paragraphs, text: '' };
  const outlet = oneLine(parsed.siteName);
  const author = oneLine(parsed.byline).replace(/^by\s+/i, '');
  const date = oneLine(parsed.publishedTime);
  if (outlet && !same(outlet, title)) article.outlet = outlet;
  if (author && author.length <= 200 && !/^https?:/i.test(author)) article.author = author;
  if (date) article.date = date;
  article.text = articleText(article);
  return article;
}

/** The `.news` document: a header block (title, outlet, byline, date, source), a blank line, the paragraphs. */
export function articleText(article: Omit<ExtractedArticle, 'text'>): string {
  const header = [article.title];
  if (article.outlet) header.push(article.outlet);
  if (article.author) header.push(`By ${article.author}`);
  if (article.date) header.push(`Published ${formatDate(article.date)}`);
  header.push(`Source: ${article.url}`);
  return `${header.join('\n')}\n\n${article.paragraphs.join('\n\n')}\n`;
}

/** "2024-05-03T09:30:00Z" → "3 May 2024"; anything else as given. */
export function formatDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  // a date alone means that day; a timestamp is shown as the day it was in UTC
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The article's DOM as paragraphs of plain text: one per block element, inline text joined. */
function blocksOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text && /[\p{L}\p{N}]/u.test(text)) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name) || node.getAttribute?.('hidden') != null || node.getAttribute?.('aria-hidden') === 'true') return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'TD' || name === 'TH') current += ' ';
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (name === 'TD' || name === 'TH') current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.map(stripControls);
}

function oneLine(value: string | null | undefined): string {
  return stripControls((value ?? '').replace(/<[^>]*>/g, ' ').replace(/[\s\u00a0]+/g, ' ').trim());
}

/** Removes control and bidi-override characters a page could hide in its text. */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

function same(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
