import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const DEFAULT_LANGUAGES = ['news', 'plaintext', 'markdown'];
let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Dossier', { log: true });
  context.subscriptions.push(output);
  context.subscriptions.push(
    vscode.commands.registerCommand('dossier.restartServer', () => restart(context)),
    vscode.commands.registerCommand('dossier.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('dossier.languages')) void restart(context);
    }),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function servedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('dossier').get<string[]>('languages');
  return Array.isArray(configured) && configured.length ? configured : DEFAULT_LANGUAGES;
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: servedLanguages().flatMap(language => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }, { language, scheme: 'vscode-remote' }]),
    outputChannel: output,
    synchronize: { configurationSection: 'dossier' },
  };
  client = new LanguageClient('dossier', 'Dossier', serverOptions, clientOptions);
  await client.start();
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  output?.info('Restarting the Dossier language server…');
  await client?.stop().catch(() => undefined);
  client = undefined;
  await start(context);
}
