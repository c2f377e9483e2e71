#!/usr/bin/env node
// README screenshots of the extension at work, taken in the same code-server +
// Chromium setup as the in-editor tests:
//   hover.png     a person's hover card
//   outline.png   the Outline view of the article
//   problems.png  the Problems panel
//
// Usage: node scripts/e2e/screenshots.mjs [DIR]      (default docs/images)
//    or: node scripts/e2e/run.mjs --screenshots DIR  (npm run test:e2e -- --screenshots DIR)
// run.mjs starts and stops the server and the browser; this file drives the workbench.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/** The article to show and a person named in it, in order of preference. */
const SUBJECTS = [
  { file: 'kremlin-talks.news', person: 'Dmitry Peskov' },
  { file: 'e2e-sample.news', person: 'Ana Kovač' },
];

const UI_DEADLINE_MS = 30_000;

/** Runs a command from the command palette by its label. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: UI_DEADLINE_MS });
}

async function openFile(page, file) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await input.fill(file);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: file }).first().waitFor({ timeout: UI_DEADLINE_MS });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: UI_DEADLINE_MS });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: UI_DEADLINE_MS });
}

/** The centre of `text` as rendered in the active editor, found with a DOM Range. */
async function textCentre(page, text) {
  return page.evaluate((needle) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // Monaco splits a line into one span per token: search the line's text, then
    // map the offsets back to the text nodes.
    for (const line of root.querySelectorAll('.view-line')) {
      const nodes = [];
      walker.currentNode = line;
      let full = '';
      for (let n = walker.nextNode(); n && line.contains(n); n = walker.nextNode()) {
        nodes.push({ node: n, start: full.length });
        full += n.textContent.replace(/\u00a0/g, ' ');
      }
      const at = full.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.findLast((x) => x.start <= offset) ?? nodes[0];
        return [hit.node, Math.min(offset - hit.start, hit.node.textContent.length)];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const r = rects[0] ?? range.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
    }
    return null;
  }, text);
}

async function hoverPerson(page, person) {
  const deadline = Date.now() + 60_000;
  const hover = page.locator('.monaco-hover-content', { hasText: person }).first();
  for (;;) {
    const centre = await textCentre(page, person);
    if (centre) {
      await page.mouse.move(5, 5);
      await page.mouse.move(centre.x, centre.y, { steps: 4 });
      try {
        // the language server may still be starting: try again if no card shows
        await hover.waitFor({ state: 'visible', timeout: 3_000 });
        return;
      } catch {
        // not yet
      }
    }
    if (Date.now() > deadline) throw new Error(`no hover card for "${person}" appeared within 60 s`);
    await page.mouse.move(5, 5);
  }
}

/** Waits for at least one row in a list under `selector`; false (not an error) if none shows. */
async function someRows(page, selector, ms) {
  try {
    await page.locator(`${selector} .monaco-list-row`).first().waitFor({ state: 'visible', timeout: ms });
    return true;
  } catch {
    return false;
  }
}

/**
 * Drives an open workbench page (the fixture workspace, extension loaded in
 * development mode) and writes hover.png, outline.png and problems.png to outDir.
 */
export async function takeScreenshots({ page, outDir, log = console.log }) {
  fs.mkdirSync(outDir, { recursive: true });
  const subject = SUBJECTS.find((s) => fs.existsSync(path.join(WORKSPACE, s.file)));
  if (!subject) throw new Error(`none of ${SUBJECTS.map((s) => s.file).join(', ')} is in ${WORKSPACE}`);

  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: UI_DEADLINE_MS });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_DEADLINE_MS });
  await openFile(page, subject.file);

  await hoverPerson(page, subject.person);
  const hoverFile = path.join(outDir, 'hover.png');
  await page.screenshot({ path: hoverFile, animations: 'disabled' });
  log(`wrote ${path.relative(process.cwd(), hoverFile)} (hover on ${subject.person} in ${subject.file})`);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // room for the Outline: collapse the Explorer's folder section above it
  await runCommand(page, 'Explorer: Focus on Outline View');
  const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  await page.locator('.outline-pane').first().waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  const outlineRows = await someRows(page, '.outline-pane', 5_000);
  const outlineFile = path.join(outDir, 'outline.png');
  await page.screenshot({ path: outlineFile, animations: 'disabled' });
  log(`wrote ${path.relative(process.cwd(), outlineFile)}${outlineRows ? '' : ' (the Outline view is empty)'}`);

  await runCommand(page, 'View: Focus Problems');
  await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  const problemRows = await someRows(page, '.markers-panel', 5_000);
  const problemsFile = path.join(outDir, 'problems.png');
  await page.screenshot({ path: problemsFile, animations: 'disabled' });
  log(`wrote ${path.relative(process.cwd(), problemsFile)}${problemRows ? '' : ' (the Problems panel is empty)'}`);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const dir = process.argv[2] ?? path.join(repoRoot, 'docs', 'images');
  // not a top-level await: run.mjs imports this module, which must finish evaluating first
  import('./run.mjs')
    .then(({ main }) => main(['--screenshots', dir, ...process.argv.slice(3)]))
    .then((code) => process.exit(code), (err) => {
      process.stderr.write(`[e2e] ${err.stack ?? err}\n`);
      process.exit(2);
    });
}
