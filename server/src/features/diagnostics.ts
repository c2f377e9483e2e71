import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, Claim } from '../analysis/types';
import type { DossierSettings, SeverityName } from '../settings';

const LSP_SEVERITY: Record<Exclude<SeverityName, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const RANK: Record<SeverityName, number> = { off: 0, hint: 1, information: 2, warning: 3, error: 4 };

export const DIAGNOSTIC_SOURCE = 'Dossier';

/** What a code action needs to act on a finding without recomputing it. */
export interface ClaimData {
  code: Claim['code'];
  phrase: string;
  /** Where the finding lies, so "ignore here" survives edits elsewhere: the phrase and its sentence. */
  claimText: string;
}

/**
 * One diagnostic per sourcing finding whose rule is on and at or above the minimum
 * severity. The range is the source phrase; related information points at the claim.
 */
export function sourcingDiagnostics(analysis: Analysis, document: TextDocument, settings: DossierSettings,
  docsUrl: (code: Claim['code']) => string | undefined, isIgnored: (claim: Claim) => boolean = () => false): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const claim of reportedClaims(analysis, settings, isIgnored)) {
    const level = settings.sourcing.severity[claim.code] as Exclude<SeverityName, 'off'>;
    const href = docsUrl(claim.code);
    const data: ClaimData = { code: claim.code, phrase: claim.text, claimText: document.getText().slice(claim.claim.start, claim.claim.end) };
    out.push({
      range: { start: document.positionAt(claim.start), end: document.positionAt(claim.end) },
      severity: LSP_SEVERITY[level],
      code: claim.code,
      ...(href ? { codeDescription: { href } } : {}),
      source: DIAGNOSTIC_SOURCE,
      message: claim.message,
      relatedInformation: [{
        location: { uri: document.uri, range: { start: document.positionAt(claim.claim.start), end: document.positionAt(claim.claim.end) } },
        message: 'the claim this phrase sources',
      }],
      data,
    });
  }
  return out;
}

/**
 * The findings the user sees: rule on and at or above the minimum severity, not ignored
 * here, and not a phrase the user named as a source. The views and the status bar count
 * the same ones as the Problems panel.
 */
export function reportedClaims(analysis: Analysis, settings: DossierSettings, isIgnored: (claim: Claim) => boolean = () => false): Claim[] {
  return analysis.claims.filter(claim => {
    const level = settings.sourcing.severity[claim.code];
    return level !== 'off' && RANK[level] >= RANK[settings.sourcing.minimumSeverity] && !isIgnored(claim)
      && !isNamedByUser(claim, settings.sourcing.namedSources);
  });
}

/** A phrase the user listed as a named source is attribution, not a finding. */
function isNamedByUser(claim: Claim, namedSources: string[]): boolean {
  const phrase = claim.text.toLowerCase();
  return namedSources.some(s => phrase.includes(s.toLowerCase()));
}
