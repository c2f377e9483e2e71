import { basename } from 'node:path';
import {
  DidChangeWatchedFilesNotification, WatchKind,
  type Connection, type DidChangeWatchedFilesParams, type Disposable, type FileSystemWatcher, type InitializeParams,
} from 'vscode-languageserver/node';
import { GlossaryFiles, WORKSPACE_GLOSSARY_GLOB, directoryUri } from './knowledge/glossaryFiles';
import type { KnowledgeBase } from './knowledge/knowledgeBase';
import type { KnowledgeEntry } from './knowledge/types';
import { glossaryDiagnostics } from './features/glossaryDiagnostics';
import type { ClientInitializationOptions } from './actionsProtocol';

/**
 * Server wiring for user glossaries: knows the workspace folders and whether they are
 * trusted, reads the glossary files, watches them (through the client when it can, else by
 * polling), publishes their problems as diagnostics on the glossary files, and calls
 * `onDidChange` when the merged knowledge base changes.
 */
export class GlossaryService {
  private readonly files = new GlossaryFiles();
  private folders: string[] = [];
  private canRegisterWatchers = false;
  private relativePatterns = false;
  private watcher: Promise<Disposable> | undefined;
  private stopPolling: (() => void) | undefined;
  private watchedKey = '';
  private published = new Set<string>();
  private warnedMissing = '';
  private timer: NodeJS.Timeout | undefined;
  private loads = Promise.resolve();
  private started = false;
  private lastEntries: KnowledgeEntry[] = [];

  constructor(private readonly connection: Connection, private readonly onDidChange: () => void) {}

  initialize(params: InitializeParams): void {
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    this.canRegisterWatchers = !!watched?.dynamicRegistration;
    this.relativePatterns = !!watched?.relativePatternSupport;
    this.folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.files.setWorkspaceFolders(this.folders);
    const options = (params.initializationOptions ?? {}) as ClientInitializationOptions;
    this.files.setTrusted(options.workspaceTrusted !== false);
  }

  /** Called once the client is ready: reads the glossaries for the first time. */
  start(): void {
    this.started = true;
    this.scheduleReload(0);
  }

  setUserFile(value: string): void {
    const before = this.files.userFilePath();
    this.files.setUserFile(value);
    if (this.files.userFilePath() !== before) this.scheduleReload();
  }

  /** A workspace/didChangeWorkspaceFolders event. */
  changeWorkspaceFolders(added: readonly string[], removed: readonly string[]): void {
    this.folders = [...this.folders.filter(f => !removed.includes(f)), ...added.filter(f => !this.folders.includes(f))];
    this.files.setWorkspaceFolders(this.folders);
    this.scheduleReload();
  }

  /** The user trusted the workspace: its glossaries may now be read. */
  trust(): void {
    if (this.files.isTrusted) return;
    this.files.setTrusted(true);
    this.scheduleReload();
  }

  onWatchedFiles(params: DidChangeWatchedFilesParams): void {
    if (params.changes?.some(c => typeof c?.uri === 'string' && this.files.isGlossary(c.uri))) this.scheduleReload();
  }

  knowledge(): KnowledgeBase {
    return this.files.knowledge();
  }

  /** Every glossary entry in merge order, for the analysis options. */
  entries(): KnowledgeEntry[] {
    return this.files.entries();
  }

  /** Resolves when the reloads asked for so far are done (for tests and shutdown). */
  settled(): Promise<void> {
    return this.loads;
  }

  private scheduleReload(delay = 100): void {
    if (!this.started) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.loads = this.loads.then(() => this.reload()).catch(e => this.connection.console.error(`glossary reload failed: ${(e as Error).stack ?? e}`));
    }, delay);
  }

  private async reload(): Promise<void> {
    const files = await this.files.reload();
    this.watch();
    // problems go on the glossary files themselves; files no longer read get an empty list
    const now = new Set<string>();
    for (const file of files) {
      if (file.text === undefined && !file.readError) continue;
      now.add(file.uri);
      void this.connection.sendDiagnostics({ uri: file.uri, diagnostics: glossaryDiagnostics(file) });
    }
    for (const uri of this.published) if (!now.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published = now;
    const user = files.find(f => f.scope === 'user');
    if (user && user.text === undefined && !user.readError && this.warnedMissing !== user.path) {
      this.warnedMissing = user.path;
      this.connection.console.warn(`dossier.glossary.userFile: ${user.path} does not exist (yet); Dossier will read it when it appears.`);
    }
    const loaded = files.filter(f => f.entries.length).map(f => `${f.entries.length} from ${f.path}`);
    if (loaded.length) this.connection.console.info(`Glossary entries: ${loaded.join(', ')}`);
    const entries = this.files.entries();
    if (JSON.stringify(entries) !== JSON.stringify(this.lastEntries)) {
      this.lastEntries = entries;
      this.onDidChange();
    }
  }

  /**
   * Asks the client to watch the glossary files, and polls them too: a client's watcher can
   * miss a folder created after it started (or run out of watches), and a stat every two
   * seconds of one or two files costs nothing.
   */
  private watch(): void {
    const sources = this.files.sources();
    const key = sources.map(s => s.path).join('\n');
    if (key === this.watchedKey) return;
    this.watchedKey = key;
    this.stopPolling?.();
    this.stopPolling = this.files.poll(() => this.scheduleReload());
    if (!this.canRegisterWatchers) return;
    const kinds = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
    const watchers: FileSystemWatcher[] = [{ globPattern: WORKSPACE_GLOSSARY_GLOB, kind: kinds }];
    for (const s of sources) {
      if (s.scope !== 'user') continue;
      watchers.push({
        globPattern: this.relativePatterns ? { baseUri: directoryUri(s.path), pattern: basename(s.path) } : s.path.replace(/\\/g, '/'),
        kind: kinds,
      });
    }
    const previous = this.watcher;
    this.watcher = this.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    this.watcher.catch(e => this.connection.console.warn(`Could not watch the glossary files: ${(e as Error).message}`));
    previous?.then(d => d.dispose(), () => undefined);
  }
}
