// The built-in gazetteer as plain data. Run from source (tests, tsx) there is none, and
// builtinGazetteer() builds it from its sources (about 150 ms); the bundles replace this
// module with the snapshot made at build time (scripts/build/precomputedGazetteer.js), so
// the server, the CLI and each worker thread start without building it.

import type { GazetteerSnapshot } from './gazetteer';

export function builtinGazetteerSnapshot(): GazetteerSnapshot | undefined {
  return undefined;
}
