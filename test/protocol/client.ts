import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  DidOpenTextDocumentNotification, type ProtocolConnection, type InitializeResult, type ClientCapabilities, type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve(__dirname, '../../dist/server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  initialize: InitializeResult;
  open(uri: string, text: string, languageId?: string, version?: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the bundled language server over stdio and initialises it, as an editor would. */
export async function startServer(entry = SERVER, args = ['--stdio'], options: {
  nodeArgs?: string[]; initializationOptions?: unknown;
  /** Client capabilities to announce (default none). */
  capabilities?: ClientCapabilities;
  /** Workspace folders to open, as file: URIs. */
  workspaceFolders?: WorkspaceFolder[] | null;
  /** Called before `initialize`, to install handlers for requests the server sends early. */
  onConnection?: (connection: ProtocolConnection) => void;
} = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', d => { stderr += d; });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  options.onConnection?.(connection);
  connection.listen();
  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid, rootUri: options.workspaceFolders?.[0]?.uri ?? null, capabilities: options.capabilities ?? {},
    workspaceFolders: options.workspaceFolders ?? null, initializationOptions: options.initializationOptions,
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection, process: child, stderr: () => stderr, initialize,
    open: (uri, text, languageId = 'news', version = 1) =>
      connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } }),
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise(r => child.once('exit', r));
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        await Promise.race([exited, new Promise(r => setTimeout(r, 2000))]);
        child.kill();
      }
      connection.dispose();
    },
  };
}
