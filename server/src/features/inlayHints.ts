import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Entity } from '../analysis/types';

/**
 * Names shown after the words that stand for them: the pronoun or nominal speaker of a
 * quote ("he said" → Dmitriev), and a surname used alone for the first time in a paragraph.
 */
export function inlayHints(analysis: Analysis, document: TextDocument, visible: Range): InlayHint[] {
  const from = document.offsetAt(visible.start);
  const to = document.offsetAt(visible.end);
  const byId = new Map(analysis.entities.map(e => [e.id, e]));
  const hints: InlayHint[] = [];
  const seen = new Set<number>();
  for (const q of analysis.quotes) {
    const speaker = q.speaker ? byId.get(q.speaker) : undefined;
    if (!speaker || !q.speakerSpan || q.speakerSpan.end < from || q.speakerSpan.start > to || seen.has(q.speakerSpan.end)) continue;
    const mention = speaker.mentions.find(m => m.start <= q.speakerSpan!.start && m.end >= q.speakerSpan!.end);
    const said = document.getText().slice(q.speakerSpan.start, q.speakerSpan.end);
    if ((mention && mention.form === 'name') || said === speaker.name) continue;
    seen.add(q.speakerSpan.end);
    hints.push(hint(document, q.speakerSpan.end, shortName(speaker), 'the speaker of this quote'));
  }
  for (const e of analysis.entities) {
    if (e.type !== 'person' || !e.name.includes(' ')) continue;
    const paragraphsSeen = new Set<number>();
    for (const m of e.mentions) {
      const paragraph = analysis.sentences[m.sentence]?.paragraph ?? -1;
      if (m.form !== 'name' || paragraphsSeen.has(paragraph)) continue;
      paragraphsSeen.add(paragraph);
      if (m.text.includes(' ') || m.end < from || m.start > to || seen.has(m.end) || m === e.mentions.find(x => x.form === 'name')) continue;
      seen.add(m.end);
      hints.push(hint(document, m.end, e.name, 'full name'));
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

function hint(document: TextDocument, offset: number, label: string, tooltip: string): InlayHint {
  return { position: document.positionAt(offset), label: `→ ${label}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip };
}

function shortName(entity: Entity): string {
  return entity.type === 'person' ? entity.name.split(' ').pop()! : entity.name;
}
