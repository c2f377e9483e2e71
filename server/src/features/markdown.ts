/** Escapes text from a document so that Markdown shows it literally (no links, HTML or emphasis). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]()#+\-.!|<>~&:"']/g, ch => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`))
    .replace(/\r?\n/g, ' ');
}
