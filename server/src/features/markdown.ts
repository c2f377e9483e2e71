/**
 * Escapes text from a document so that Markdown shows it literally: no links, images,
 * HTML, code or emphasis. Line breaks become spaces so the text cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}\[\]()#|~!$]/g, ch => `\\${ch}`)
    .replace(/[<>&]/g, ch => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&amp;'))
    .replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}
