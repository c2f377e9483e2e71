import type { Entity } from './analysis/types';
import type { ClientInitializationOptions } from './actionsProtocol';
import { WikipediaEnrichment, type EnrichedSummary } from './knowledge/enrichment';
import { enrichmentCacheDir } from './knowledge/enrichmentCache';
import { DEFAULT_ENRICHMENT_SETTINGS, type EnrichmentSettings } from './knowledge/enrichmentSettings';

/**
 * Server wiring for online enrichment: decides whether it runs and owns the lookup engine.
 *
 * It runs only when `dossier.enrichment.enabled` is true AND the workspace is trusted: a
 * client that says `workspaceTrusted: false` (VS Code in Restricted Mode) gets none until it
 * sends the trust notification, so a workspace's settings can never turn lookups on or point
 * them elsewhere. An editor that says nothing about trust is trusted, as for glossaries: its
 * settings are the user's own. Nothing touches the disk or the network until a hover asks
 * while enrichment is on.
 */
export class EnrichmentService {
  private settings: EnrichmentSettings = DEFAULT_ENRICHMENT_SETTINGS;
  private trusted = true;
  private cacheDir: string | undefined;
  private engine: WikipediaEnrichment | undefined;
  private announced = '';

  constructor(private readonly log: (message: string) => void, private readonly options: { userAgent?: string; fetch?: typeof fetch } = {}) {}

  initialize(initializationOptions: unknown, settings: EnrichmentSettings): void {
    const options = (typeof initializationOptions === 'object' && initializationOptions !== null ? initializationOptions : {}) as ClientInitializationOptions;
    this.trusted = options.workspaceTrusted !== false;
    this.cacheDir = enrichmentCacheDir(options.cacheDir);
    this.configure(settings);
  }

  configure(settings: EnrichmentSettings): void {
    this.settings = settings;
    if (!this.active) this.engine?.cancelAll();
    else this.engine?.configure(settings.endpoint, settings.timeoutMs);
    this.announce();
  }

  /** The user trusted the workspace. */
  trust(): void {
    if (this.trusted) return;
    this.trusted = true;
    this.announce();
  }

  get active(): boolean {
    return this.settings.enabled && this.trusted;
  }

  /** For hover(): the summary known now for an entity the knowledge base lacks; a miss schedules a lookup. */
  readonly lookup = (entity: Entity): EnrichedSummary | undefined => {
    if (!this.active) return undefined;
    this.engine ??= new WikipediaEnrichment({
      endpoint: this.settings.endpoint, timeoutMs: this.settings.timeoutMs, cacheDir: this.cacheDir,
      log: this.log, userAgent: this.options.userAgent, fetch: this.options.fetch,
    });
    return this.engine.lookup(entity);
  };

  /** Resolves when no lookup is queued or running (tests). */
  idle(): Promise<void> {
    return this.engine?.idle() ?? Promise.resolve();
  }

  private announce(): void {
    const state = !this.settings.enabled ? 'off' : this.trusted ? `on ${this.settings.endpoint}` : 'restricted';
    if (state === this.announced) return;
    const first = !this.announced;
    this.announced = state;
    if (state === 'off') {
      if (!first) this.log('Online enrichment is off.');
    } else if (state === 'restricted') {
      this.log('dossier.enrichment.enabled is ignored in Restricted Mode: names are not looked up online until the workspace is trusted.');
    } else {
      this.log(`Online enrichment is on: names the knowledge base lacks are looked up at ${this.settings.endpoint} (cache: ${this.cacheDir}).`);
    }
  }
}
