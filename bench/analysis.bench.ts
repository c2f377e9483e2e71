import nlp from 'compromise';
import { analyze } from '../server/src/analysis/analyze';
import { IncrementalAnalyzer } from '../server/src/analysis/incremental/incrementalAnalyzer';
import { findEntities } from '../server/src/analysis/entities';
import { splitParagraphs } from '../server/src/analysis/text/paragraphs';
import { splitSentences } from '../server/src/analysis/text/sentences';
import { documentOfSize, loadCorpora, typicalArticle } from './corpus';
import { median, percentile, time, type Row } from './stats';

/** Throughput of the entity analysis and of the full analysis against compromise alone, on the same texts. */
export function throughput(): Row[] {
  const rows: Row[] = [];
  for (const corpus of loadCorpora()) {
    const chars = corpus.texts.reduce((n, t) => n + t.length, 0);
    const entities = median(time(() => {
      for (const t of corpus.texts) { const paragraphs = splitParagraphs(t); findEntities(t, { paragraphs, sentences: splitSentences(t, paragraphs) }); }
    }, 5, 1));
    const full = median(time(() => { for (const t of corpus.texts) analyze(t); }, 5, 1));
    const baseline = median(time(() => {
      for (const t of corpus.texts) { const d = nlp(t); d.people(); d.places(); d.organizations(); }
    }, 3, 1));
    const rate = (ms: number) => `${Math.round(chars / (ms / 1000)).toLocaleString('en')} chars/s`;
    rows.push(
      { figure: `${corpus.name}: compromise alone (people/places/organizations)`, value: rate(baseline) },
      { figure: `${corpus.name}: Dossier entity analysis`, value: `${rate(entities)} (time ratio ${(entities / baseline).toFixed(2)})`, target: 'ratio ≤ 1.0', ok: entities <= baseline },
      { figure: `${corpus.name}: Dossier full analysis`, value: `${rate(full)} (time ratio ${(full / baseline).toFixed(2)})`, target: 'ratio ≤ 1.0', ok: full <= baseline },
    );
  }
  const long = documentOfSize(300_000);
  const longFull = median(time(() => analyze(long), 3, 1));
  const longBase = median(time(() => { const d = nlp(long); d.people(); d.places(); d.organizations(); }, 3, 1));
  rows.push({ figure: 'long document (300 KB): full analysis vs compromise', value: `${longFull.toFixed(0)} ms vs ${longBase.toFixed(0)} ms (ratio ${(longFull / longBase).toFixed(2)})`, target: 'ratio ≤ 1.0', ok: longFull <= longBase });
  return rows;
}

export function articleLatency(): Row[] {
  const { name, text } = typicalArticle();
  const runs = time(() => analyze(text), 60, 10);
  const m = median(runs);
  return [{ figure: `full analysis of the ${name} (${(text.length / 1000).toFixed(1)} KB), warm median`, value: `${m.toFixed(2)} ms`, target: '≤ 10 ms', ok: m <= 10 }];
}

/**
 * The analysis after a one-character edit inside one paragraph: incremental, as the
 * language server does it for an open document (an IncrementalAnalyzer per document), and
 * from scratch for comparison.
 */
export function typingLatency(): Row[] {
  const rows: Row[] = [];
  for (const [label, size, target] of [['5 KB', 5_000, 2], ['1 MB', 1_000_000, 20]] as const) {
    let text = documentOfSize(size);
    const incremental = new IncrementalAnalyzer();
    incremental.analyze(text);
    const at = Math.floor(text.length / 2);
    const runs: number[] = [];
    for (let i = 0; i < (size > 100_000 ? 40 : 200); i++) {
      text = text.slice(0, at) + (i % 2 ? 'a' : 'e') + text.slice(at + 1);
      const t = performance.now();
      incremental.analyze(text);
      runs.push(performance.now() - t);
    }
    const m = median(runs);
    rows.push({ figure: `updated analysis after a one-character edit, ${label} document, median (p95)`, value: `${m.toFixed(1)} ms (${percentile(runs, 95).toFixed(1)} ms)`, target: `≤ ${target} ms`, ok: m <= target });
    const full = median(time(() => analyze(text), size > 100_000 ? 3 : 20, 1));
    rows.push({ figure: `  the same from scratch (plain analyze), ${label} document, median`, value: `${full.toFixed(1)} ms` });
  }
  return rows;
}
