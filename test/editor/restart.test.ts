import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SERVER_DEADLINE_MS, hoverText, openFixture, positionOf } from './fixtures';
import { waitFor } from './wait';

/** Process ids of the language servers this extension host started (Linux: read from /proc). */
function serverPids(): number[] {
  const server = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'server.js');
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(server)) continue;
      // only our own child: other test runs or benchmarks on the machine may run a server too
      const parent = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\)\s+\S+\s+/, '').split(' ')[0]);
      if (parent === process.pid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

async function hoverNames(document: vscode.TextDocument, name: string): Promise<boolean> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, name)) ?? [];
  return hovers.some(h => hoverText(h).includes(name));
}

suite('server crash', () => {
  test('a killed language server is restarted and hovers come back', async function () {
    if (process.platform !== 'linux') this.skip();
    const document = await openFixture('kremlin-talks.news');
    await waitFor(() => hoverNames(document, 'Dmitry Peskov'), SERVER_DEADLINE_MS, 'the first hover');
    const before = serverPids();
    assert.equal(before.length, 1, `one Dossier server runs: ${before.join(', ')}`);
    process.kill(before[0], 'SIGKILL');
    const after = await waitFor(() => {
      const now = serverPids();
      return now.length === 1 && now[0] !== before[0] ? now : undefined;
    }, SERVER_DEADLINE_MS, 'a new server process');
    assert.notEqual(after[0], before[0]);
    await waitFor(() => hoverNames(document, 'Dmitry Peskov'), SERVER_DEADLINE_MS, 'a hover from the restarted server');
  });
});
