// Server wiring for the workspace index: reads `dossier.include` and `files.exclude`, lists
// the workspace folders' articles after `initialized`, has them analysed in the background
// (indexer.ts), keeps up with watched-file events and open documents, and answers
// workspace/symbol and dossier/workspacePeople from the index.

import { stat } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, SymbolKind, WatchKind,
  type CancellationToken, type Connection, type DidChangeWatchedFilesParams, type Disposable, type FileSystemWatcher,
  type InitializeParams, type SymbolInformation, type TextDocuments, type WorkDoneProgressServerReporter, type WorkspaceSymbolParams,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, AnalysisOptions } from '../analysis/types';
import {
  WORKSPACE_INDEX_CHANGED_NOTIFICATION, type WorkspaceIndexStatus, type WorkspacePeople, type WorkspacePeopleParams,
} from '../protocol';
import { ArticleIndex, DEFAULT_SYMBOL_LIMIT, type SymbolMatch } from './articleIndex';
import { ExcludeRules } from './glob';
import { Indexer } from './indexer';
import type { IndexOutcome } from './indexJob';
import { summarize } from './summary';
import {
  DEFAULT_INCLUDE, MAX_FILE_SIZE, relativeInside, scanFolder, scanSettings, selects, type ScanSettings,
} from './workspaceScanner';

export interface WorkspaceIndexHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The analysis of an open document's current version, or undefined (still being analysed, or not served). */
  analysisOf(document: TextDocument): Analysis | undefined;
  /** The index worker script (default: dist/indexWorker.js beside the server). */
  workerFile?: string;
}

/** What the index knows of a file found on disk. */
interface FileState {
  path: string;
  folder: string;
  size: number;
  mtimeMs: number;
  /** Id of the latest job for it; undefined once its outcome is in. */
  job?: number;
  /** Why it is not in the index (binary, not UTF-8…), once analysed. */
  skipped?: string;
}

/** The client's progress bar while indexing, once the client has created it. */
interface Progress {
  reporter?: WorkDoneProgressServerReporter;
  creating?: Promise<void>;
}

const DEFAULT_PEOPLE_LIMIT = 2000;
/** In dossier/workspacePeople, at most this many articles per person (the rest counted). */
export const MAX_FILES_PER_PERSON = 100;
/** Without file watchers in the client, the folders are listed again this often. */
const RESCAN_WITHOUT_WATCHERS_MS = 120_000;
/** Status notifications at most this often while indexing. */
const NOTIFY_EVERY_MS = 1000;

export class WorkspaceIndexService {
  readonly index = new ArticleIndex();
  private readonly indexer: Indexer;
  private readonly files = new Map<string, FileState>();
  /** Workspace folders as paths (file: URIs only). */
  private folders: string[] = [];
  private include: string[] = DEFAULT_INCLUDE;
  private initialInclude: unknown;
  private pushedExclude: unknown;
  private readonly excludeByFolder = new Map<string, ExcludeRules>();
  private analysisOptionsKey = '{}';
  private maxLength = 1_000_000;
  private pullsConfiguration = false;
  private canRegisterWatchers = false;
  private relativePatterns = false;
  private workDoneProgress = false;
  private watcher: Promise<Disposable> | undefined;
  private watchedKey = '';
  private started = false;
  private scanning = 0;
  private scanGeneration = 0;
  private rescanTimer: NodeJS.Timeout | undefined;
  private notifyTimer: NodeJS.Timeout | undefined;
  private lastNotified = 0;
  private progress: Progress | undefined;
  private scanStarted = 0;
  private wasIndexing = false;
  /** Files found whose latest job has not answered yet. */
  private unindexed = 0;

  constructor(private readonly host: WorkspaceIndexHost) {
    this.indexer = new Indexer({
      workerFile: host.workerFile,
      onOutcome: outcome => this.accept(outcome),
      onError: message => host.connection.console.warn(`Workspace index: ${message}`),
      onIdle: () => this.changed(),
    });
    host.documents.onDidClose(e => {
      this.index.deleteLive(canonicalUri(e.document.uri));
      this.changed();
    });
    host.documents.onDidChangeContent(() => this.changed());
  }

  initialize(params: InitializeParams): void {
    const watched = params.capabilities.workspace?.didChangeWatchedFiles;
    this.canRegisterWatchers = !!watched?.dynamicRegistration;
    this.relativePatterns = !!watched?.relativePatternSupport;
    this.pullsConfiguration = !!params.capabilities.workspace?.configuration;
    this.workDoneProgress = !!params.capabilities.window?.workDoneProgress;
    const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.folders = folders.map(pathOf).filter((p): p is string => !!p);
    const options = isObject(params.initializationOptions) ? params.initializationOptions : {};
    this.initialInclude = options.include;
    this.pushedExclude = options.exclude;
    this.include = includeFrom(options.include);
  }

  /** After `initialized`: reads the settings, watches the article files and lists them. */
  start(delayMs = 200): void {
    if (this.started) return;
    this.started = true;
    if (this.pullsConfiguration) {
      // files.exclude is VS Code's setting, not ours: ask to hear when it changes
      this.host.connection.client.register(DidChangeConfigurationNotification.type, { section: 'files.exclude' }).catch(() => undefined);
    }
    setTimeout(() => void this.refreshConfiguration().then(() => this.rescan()), delayMs).unref?.();
    if (!this.canRegisterWatchers) {
      this.rescanTimer = setInterval(() => { if (!this.scanning) void this.rescan(); }, RESCAN_WITHOUT_WATCHERS_MS);
      this.rescanTimer.unref();
    }
  }

  /** workspace/didChangeConfiguration: `settings` as pushed (ignored when settings are pulled). */
  onDidChangeConfiguration(settings: unknown): void {
    if (!this.started) return;
    if (!this.pullsConfiguration && isObject(settings)) {
      const dossier = isObject(settings.dossier) ? settings.dossier : settings;
      if ('include' in dossier) this.initialInclude = dossier.include;
      if ('exclude' in dossier) this.pushedExclude = dossier.exclude;
      const files = isObject(settings.files) ? settings.files : undefined;
      if (files && 'exclude' in files) this.pushedExclude = files.exclude;
    }
    const before = this.settingsKey();
    void this.refreshConfiguration().then(() => {
      if (this.settingsKey() !== before) void this.rescan();
    });
  }

  /** workspace/didChangeWorkspaceFolders. */
  changeWorkspaceFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = removed.map(pathOf).filter((p): p is string => !!p);
    this.folders = [...this.folders.filter(f => !gone.includes(f)), ...added.map(pathOf).filter((p): p is string => !!p && !this.folders.includes(p))];
    for (const folder of gone) {
      this.excludeByFolder.delete(folder);
      for (const [uri, state] of this.files) {
        if (state.folder !== folder) continue;
        this.forget(uri);
      }
    }
    if (this.started) void this.refreshConfiguration().then(() => this.rescan());
  }

  /** The analysis options (user glossaries) or the length limit changed: index everything again. */
  setAnalysisOptions(options: AnalysisOptions, maxLength: number): void {
    const key = JSON.stringify(options);
    if (key === this.analysisOptionsKey && maxLength === this.maxLength) return;
    this.analysisOptionsKey = key;
    this.maxLength = maxLength;
    this.indexer.setOptions(options);
    for (const document of this.host.documents.all()) this.index.deleteLive(canonicalUri(document.uri));
    for (const [uri, state] of this.files) this.enqueue(uri, state);
    this.changed();
  }

  /** workspace/didChangeWatchedFiles: files created, changed or deleted on disk. */
  onWatchedFiles(params: DidChangeWatchedFilesParams): void {
    if (!this.started) return;
    for (const change of params.changes ?? []) {
      if (typeof change?.uri !== 'string') continue;
      const uri = canonicalUri(change.uri);
      if (change.type === FileChangeType.Deleted) {
        this.forget(uri);
        this.index.deleteFile(uri);
        // a folder: everything under it
        for (const known of [...this.files.keys()]) if (known.startsWith(`${uri}/`)) this.forget(known);
        this.index.deleteUnder(uri);
        continue;
      }
      void this.consider(uri);
    }
    this.changed();
  }

  /** What the index is doing, for the client's view. */
  status(): WorkspaceIndexStatus {
    return { indexing: this.scanning > 0 || this.indexer.pending > 0, total: this.files.size, indexed: this.files.size - this.unindexed, articles: this.index.size };
  }

  /** workspace/symbol: people, organisations and quotes across the indexed articles and open documents. */
  async symbols(params: WorkspaceSymbolParams, token: CancellationToken): Promise<SymbolInformation[] | null> {
    this.refreshLive();
    const matches = await this.index.search(typeof params?.query === 'string' ? params.query.slice(0, 200) : '', {
      limit: DEFAULT_SYMBOL_LIMIT,
      isCancelled: () => token.isCancellationRequested,
      pause: () => new Promise(resolve => setImmediate(resolve)),
    });
    return matches ? matches.map(toSymbol) : null;
  }

  /**
   * dossier/workspacePeople: the people and organisations across the articles, each with at
   * most MAX_FILES_PER_PERSON articles (where they are quoted and mentioned most).
   */
  async people(params: WorkspacePeopleParams | undefined, token: CancellationToken): Promise<WorkspacePeople | null> {
    this.refreshLive();
    const limit = typeof params?.limit === 'number' && params.limit >= 0 ? Math.floor(params.limit) : DEFAULT_PEOPLE_LIMIT;
    const status = this.status();
    if (limit === 0) return { status, entries: [] };
    const all = await this.index.people({ pause: () => new Promise(resolve => setImmediate(resolve)), isCancelled: () => token.isCancellationRequested });
    if (!all || token.isCancellationRequested) return null;
    return {
      status,
      entries: all.slice(0, limit).map(person => {
        if (person.files.length <= MAX_FILES_PER_PERSON) return person;
        const files = [...person.files].sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
        return { ...person, files: files.slice(0, MAX_FILES_PER_PERSON), moreFiles: files.length - MAX_FILES_PER_PERSON };
      }),
      ...(all.length > limit ? { truncated: all.length - limit } : {}),
    };
  }

  dispose(): void {
    this.indexer.dispose();
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    if (this.notifyTimer) clearTimeout(this.notifyTimer);
    this.watcher?.then(d => d.dispose(), () => undefined);
  }

  // ---- configuration -------------------------------------------------------------------

  private settingsKey(): string {
    return JSON.stringify([this.include, this.folders.map(f => this.excludeFor(f).key)]);
  }

  private excludeFor(folder: string): ExcludeRules {
    return this.excludeByFolder.get(folder) ?? ExcludeRules.from(this.pushedExclude);
  }

  private scanSettingsFor(folder: string): ScanSettings {
    return scanSettings(this.include, this.excludeFor(folder), MAX_FILE_SIZE);
  }

  /** Pulls `dossier.include` and each folder's `files.exclude` from a client that can answer. */
  private async refreshConfiguration(): Promise<void> {
    if (this.pullsConfiguration) {
      try {
        const folders = [...this.folders];
        const answers: unknown[] = await this.host.connection.workspace.getConfiguration([
          { section: 'dossier.include' },
          ...folders.map(f => ({ scopeUri: pathToFileURL(f).href, section: 'files.exclude' })),
        ]);
        this.include = Array.isArray(answers[0]) ? includeFrom(answers[0]) : includeFrom(this.initialInclude);
        this.excludeByFolder.clear();
        folders.forEach((f, i) => {
          const raw = answers[i + 1];
          if (raw && typeof raw === 'object') this.excludeByFolder.set(f, ExcludeRules.from(raw));
        });
      } catch (e) {
        this.host.connection.console.warn(`Workspace index: could not read dossier.include / files.exclude (${(e as Error).message})`);
      }
    } else {
      this.include = includeFrom(this.initialInclude);
    }
    this.watch();
  }

  /** Asks the client to report changes to files the include globs select. */
  private watch(): void {
    if (!this.canRegisterWatchers) return;
    const kind = WatchKind.Create | WatchKind.Change | WatchKind.Delete;
    const watchers: FileSystemWatcher[] = [];
    for (const pattern of this.include) {
      if (this.relativePatterns) {
        for (const folder of this.folders) watchers.push({ globPattern: { baseUri: pathToFileURL(folder).href, pattern }, kind });
      } else {
        watchers.push({ globPattern: pattern.startsWith('**/') ? pattern : `**/${pattern}`, kind });
      }
    }
    const key = JSON.stringify(watchers);
    if (key === this.watchedKey) return;
    this.watchedKey = key;
    const previous = this.watcher;
    this.watcher = watchers.length ? this.host.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }) : undefined;
    this.watcher?.catch(e => this.host.connection.console.warn(`Workspace index: could not watch the article files (${(e as Error).message})`));
    previous?.then(d => d.dispose(), () => undefined);
  }

  // ---- listing and indexing ----------------------------------------------------------

  /** Lists every folder again: new and changed files are queued, vanished ones forgotten. */
  private async rescan(): Promise<void> {
    const generation = ++this.scanGeneration;
    this.scanning++;
    this.scanStarted = performance.now();
    this.beginProgress();
    this.changed();
    try {
      const seen = new Set<string>();
      const tooLarge: string[] = [];
      let truncated = false;
      for (const folder of [...this.folders]) {
        const result = await scanFolder(folder, this.scanSettingsFor(folder), { isCancelled: () => generation !== this.scanGeneration });
        if (generation !== this.scanGeneration) return;
        for (const problem of result.problems) this.host.connection.console.warn(`Workspace index: cannot list ${problem}`);
        tooLarge.push(...result.tooLarge);
        truncated ||= result.truncated;
        for (const file of result.files) {
          const uri = canonicalUri(pathToFileURL(file.path).href);
          seen.add(uri);
          const known = this.files.get(uri);
          if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) continue;
          this.enqueue(uri, this.track(uri, file.path, folder, file.size, file.mtimeMs));
        }
      }
      for (const uri of [...this.files.keys()]) if (!seen.has(uri)) this.forget(uri);
      if (tooLarge.length) this.host.connection.console.info(`Workspace index: ${tooLarge.length} file(s) over 1 MB not indexed, such as ${tooLarge[0]}`);
      if (truncated) this.host.connection.console.warn('Workspace index: stopped at 20,000 files; narrow dossier.include to index the ones you read.');
    } catch (e) {
      this.host.connection.console.error(`Workspace index: listing failed: ${(e as Error).stack ?? e}`);
    } finally {
      this.scanning--;
      this.changed();
    }
  }

  /** A watched file was created or changed: queue it if it is one to index. */
  private async consider(uri: string): Promise<void> {
    const path = pathOf(uri);
    if (!path) return;
    const folder = this.folders.filter(f => relativeInside(f, path)).sort((a, b) => b.length - a.length)[0];
    const rel = folder && relativeInside(folder, path);
    if (!folder || !rel || !selects(this.scanSettingsFor(folder), rel)) return;
    let info;
    try {
      info = await stat(path);
    } catch {
      this.forget(uri);
      return;
    }
    if (!info.isFile() || info.size > MAX_FILE_SIZE) {
      this.forget(uri);
      return;
    }
    this.enqueue(uri, this.track(uri, path, folder, info.size, info.mtimeMs));
    this.changed();
  }

  /** The state of a file found on disk, created or updated. */
  private track(uri: string, path: string, folder: string, size: number, mtimeMs: number): FileState {
    const state = this.files.get(uri) ?? { path, folder, size, mtimeMs };
    Object.assign(state, { path, folder, size, mtimeMs });
    this.files.set(uri, state);
    return state;
  }

  private enqueue(uri: string, state: FileState): void {
    state.skipped = undefined;
    if (state.job === undefined) this.unindexed++;
    state.job = this.indexer.enqueue({ uri, path: state.path, maxFileSize: MAX_FILE_SIZE, maxLength: this.maxLength });
  }

  private forget(uri: string): void {
    const state = this.files.get(uri);
    if (!state) return;
    if (state.job !== undefined) this.unindexed--;
    this.indexer.cancel(uri);
    this.files.delete(uri);
    this.index.deleteFile(uri);
  }

  private accept(outcome: IndexOutcome): void {
    const state = this.files.get(outcome.uri);
    if (!state || state.job !== outcome.id) return; // forgotten, or queued again since
    state.job = undefined;
    this.unindexed--;
    if (outcome.size !== undefined) state.size = outcome.size;
    if (outcome.mtimeMs !== undefined) state.mtimeMs = outcome.mtimeMs;
    if ('summary' in outcome) {
      this.index.setFile(outcome.summary);
    } else {
      state.skipped = outcome.skipped;
      this.index.deleteFile(outcome.uri);
      this.host.connection.console.info(`Workspace index: skipped ${state.path}: ${outcome.skipped}`);
    }
    this.changed();
  }

  /** Open documents: their live text answers instead of the file on disk. */
  private refreshLive(): void {
    for (const document of this.host.documents.all()) {
      const uri = canonicalUri(document.uri);
      if (this.index.liveVersion(uri) === document.version) continue;
      let analysis: Analysis | undefined;
      try {
        analysis = this.host.analysisOf(document);
      } catch (e) {
        this.host.connection.console.error(`Workspace index: analysis of ${document.uri} failed: ${(e as Error).message}`);
      }
      if (analysis) this.index.setLive(document.version, summarize(uri, document.getText(), analysis));
    }
  }

  // ---- telling the client ------------------------------------------------------------

  /** Tells the client (at most once a second while indexing) that the index changed. */
  private changed(): void {
    if (!this.started) return;
    const status = this.status();
    this.reportProgress(status);
    if (this.wasIndexing && !status.indexing) {
      const seconds = ((performance.now() - this.scanStarted) / 1000).toFixed(1);
      this.host.connection.console.info(`Workspace index: ${this.index.diskSize} article(s) indexed of ${status.total} found, ${seconds} s after listing began`);
    }
    this.wasIndexing = status.indexing;
    if (this.notifyTimer) return;
    const wait = Math.max(50, NOTIFY_EVERY_MS - (Date.now() - this.lastNotified));
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = undefined;
      this.lastNotified = Date.now();
      void this.host.connection.sendNotification(WORKSPACE_INDEX_CHANGED_NOTIFICATION, this.status()).catch(() => undefined);
    }, wait);
  }

  private beginProgress(): void {
    if (!this.workDoneProgress || this.progress) return;
    const progress: Progress = {};
    this.progress = progress;
    progress.creating = this.host.connection.window.createWorkDoneProgress().then(reporter => {
      progress.reporter = reporter;
      reporter.begin('Dossier: indexing articles', 0, undefined, false);
      this.reportProgress(this.status());
    }, () => {
      if (this.progress === progress) this.progress = undefined;
    });
  }

  private reportProgress(status: WorkspaceIndexStatus): void {
    const progress = this.progress;
    if (!progress?.reporter) return;
    if (!status.indexing) {
      progress.reporter.done();
      this.progress = undefined;
      return;
    }
    if (status.total) progress.reporter.report(Math.floor((status.indexed / status.total) * 100), `${status.indexed}/${status.total}`);
  }
}

function toSymbol(m: SymbolMatch): SymbolInformation {
  return {
    name: m.name,
    kind: m.kind === 'person' ? SymbolKind.Class : m.kind === 'organization' ? SymbolKind.Namespace : SymbolKind.String,
    location: { uri: m.uri, range: m.range },
    ...(m.container ? { containerName: m.container } : {}),
  };
}

/** The include globs from settings: an array of strings (an empty array indexes nothing), else the default. */
export function includeFrom(raw: unknown): string[] {
  if (!Array.isArray(raw)) return DEFAULT_INCLUDE;
  return raw.filter((p): p is string => typeof p === 'string' && p.trim().length > 0 && p.length < 1000).slice(0, 100);
}

/** One spelling per file: VS Code and Node's url module encode some characters differently. */
export function canonicalUri(uri: string): string {
  if (!uri.startsWith('file:')) return uri;
  try {
    return pathToFileURL(fileURLToPath(uri)).href;
  } catch {
    return uri;
  }
}

function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
