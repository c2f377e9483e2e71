import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryFile } from '../knowledge/glossaryFiles';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const GLOSSARY_DIAGNOSTIC_CODE = 'glossary';

/** The problems found in a glossary file, as diagnostics on that file. */
export function glossaryDiagnostics(file: GlossaryFile): Diagnostic[] {
  const doc = TextDocument.create(file.uri, 'json', 0, file.text ?? '');
  const out: Diagnostic[] = file.problems.map(p => ({
    range: { start: doc.positionAt(p.start), end: doc.positionAt(Math.max(p.start, p.end)) },
    severity: p.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: GLOSSARY_DIAGNOSTIC_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
  }));
  if (file.readError && !file.problems.length) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Error, code: GLOSSARY_DIAGNOSTIC_CODE, source: DIAGNOSTIC_SOURCE, message: file.readError,
    });
  }
  return out;
}
