// Notifications and command arguments for sourcing quick fixes and user glossaries, between
// the Dossier client and server. Types and constants only: the client imports this file.
import type { ClaimCode } from './analysis/types';

/** Client → server: the findings the user chose to ignore in one document (the whole list). */
export const IGNORED_FINDINGS_NOTIFICATION = 'dossier/ignoredFindings';

/** Client → server: the user trusted the workspace, so workspace glossaries may be read. */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'dossier/workspaceTrusted';

/** One ignored finding: what the diagnostic's data says, so it survives edits elsewhere in the file. */
export interface IgnoredFinding {
  code: ClaimCode;
  /** The flagged phrase ("experts warn"). */
  phrase: string;
  /** The claim the phrase sources, as written. */
  claimText: string;
}

export interface IgnoredFindingsParams {
  uri: string;
  entries: IgnoredFinding[];
}

/** Client commands that sourcing quick fixes run; their arguments are built by the server. */
export const SOURCING_COMMANDS = {
  ignoreFinding: 'dossier.ignoreFinding',
  disableRule: 'dossier.disableRule',
  addNamedSource: 'dossier.addNamedSource',
  showSourcingProblems: 'dossier.showSourcingProblems',
  clearIgnoredFindings: 'dossier.clearIgnoredFindings',
} as const;

export interface IgnoreFindingArgs extends IgnoredFinding {
  uri: string;
}

export interface DisableRuleArgs {
  code: ClaimCode;
  /** The document the fix was offered in: decides the workspace folder. */
  uri: string;
}

export interface AddNamedSourceArgs {
  phrase: string;
  uri: string;
}

/**
 * What the client tells the server in `initializationOptions`, besides settings. An editor
 * that sends nothing is trusted and gets no command-based quick fixes.
 */
export interface ClientInitializationOptions {
  /** False in a Restricted Mode (untrusted) workspace: workspace glossaries are not read. */
  workspaceTrusted?: boolean;
  /** True when the client implements the SOURCING_COMMANDS. */
  clientCommands?: boolean;
  /** A directory the server may keep caches in (VS Code: the extension's global storage). */
  cacheDir?: string;
}
