import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import type { ClientInitializationOptions } from '../../server/src/actionsProtocol';
import { CrashHandler } from './crashHandler';

const DEFAULT_LANGUAGES = ['news', 'plaintext', 'markdown'];
const SCHEMES = ['file', 'untitled', 'vscode-remote'];

/** The languages Dossier serves, from `dossier.languages`. */
export function servedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('dossier').get<unknown>('languages');
  return Array.isArray(configured) && configured.length && configured.every(l => typeof l === 'string') ? configured : DEFAULT_LANGUAGES;
}

export function isServed(document: vscode.TextDocument): boolean {
  return SCHEMES.includes(document.uri.scheme) && servedLanguages().includes(document.languageId);
}

/** Creates the language client for the bundled server (started by the caller). */
export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: servedLanguages().flatMap(language => SCHEMES.map(scheme => ({ language, scheme }))),
    outputChannel: output,
    synchronize: { configurationSection: 'dossier' },
    // not settings: what the server needs to know about this editor (see actionsProtocol.ts)
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted, clientCommands: true, cacheDir: context.globalStorageUri.fsPath } satisfies ClientInitializationOptions,
    errorHandler: new CrashHandler(output),
  };
  return new LanguageClient('dossier', 'Dossier', serverOptions, clientOptions);
}
