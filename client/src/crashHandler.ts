import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

/** How many unexpected stops within `windowMs` Dossier restarts the server after. */
export const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

/**
 * Restarts the language server when it stops unexpectedly, telling the user each time, and
 * gives up (with a button to try again) after MAX_RESTARTS stops in three minutes.
 */
export class CrashHandler implements ErrorHandler {
  private readonly stops: number[] = [];

  constructor(private readonly output: vscode.LogOutputChannel, private readonly now = () => Date.now()) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    this.output.error(`Connection to the Dossier server failed: ${error.message}`);
    return { action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    this.stops.push(now);
    while (this.stops.length && now - this.stops[0] > WINDOW_MS) this.stops.shift();
    if (this.stops.length <= MAX_RESTARTS) {
      const message = `Dossier's language server stopped unexpectedly and was restarted (${this.stops.length} of ${MAX_RESTARTS} restarts allowed in three minutes).`;
      this.output.warn(message);
      void vscode.window.showWarningMessage(message, 'Show Output').then(choice => choice && this.output.show(true));
      return { action: CloseAction.Restart, handled: true };
    }
    const message = `Dossier's language server stopped ${this.stops.length} times in three minutes and will not be restarted. Run "Dossier: Restart Server" to try again.`;
    this.output.error(message);
    void vscode.window.showErrorMessage(message, 'Restart Server', 'Show Output').then(choice => {
      if (choice === 'Restart Server') void vscode.commands.executeCommand('dossier.restartServer');
      if (choice === 'Show Output') this.output.show(true);
    });
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
