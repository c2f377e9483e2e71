#!/usr/bin/env node
// README screenshots of the extension at work, taken in the same code-server +
// Chromium setup as the in-editor tests, on test/fixtures/workspace/sanctions-briefing.news:
//   hover.png     the hover card of "Peskov" (the surname alone): his role, then his background
//   outline.png   the Outline view: the speakers, each with their quotes
//   views.png     the Dossier activity-bar container: People & Organisations, and Quotes
//   problems.png  the Problems panel with the article's sourcing findings
//   brief.png     the reading brief in the Markdown preview
//
// Usage: node scripts/e2e/screenshots.mjs [DIR]      (default docs/images)
//    or: node scripts/e2e/run.mjs --screenshots DIR  (npm run test:e2e -- --screenshots DIR)
// run.mjs starts and stops the server and the browser; this file drives the workbench.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WORKSPACE = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/**
 * The article to show, and the hover: the surname "Peskov" alone (its 2nd rendering: the
 * 1st is in "Kremlin spokesman Dmitry Peskov"), whose card must give his role.
 */
const SUBJECT = { file: 'sanctions-briefing.news', hover: { text: 'Peskov', occurrence: 2, card: 'Kremlin spokesman' } };

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

/**
 * The centre of the `occurrence`-th (1-based) rendering of `text` in the active editor's
 * visible lines, top to bottom, found with a DOM Range. Inlay hints are text in the line
 * too ("Peskov→ Dmitry Peskov told"), so count them when choosing `occurrence`.
 */
async function textCentre(page, text, occurrence = 1) {
  return page.evaluate(([needle, nth]) => {
    const root = document.querySelector('.editor-instance .monaco-editor .view-lines');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    // Monaco splits a line into one span per token: search the line's text, then
    // map the offsets back to the text nodes. Its line elements are positioned, not
    // necessarily in DOM order: take them by their place on screen.
    const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    let seen = 0;
    for (const line of lines) {
      const nodes = [];
      walker.currentNode = line;
      let full = '';
      for (let n = walker.nextNode(); n && line.contains(n); n = walker.nextNode()) {
        nodes.push({ node: n, start: full.length });
        full += n.textContent.replace(/\u00a0/g, ' ');
      }
      let at = -1;
      for (let from = 0; (at = full.indexOf(needle, from)) >= 0 && ++seen < nth; from = at + 1);
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
  }, [text, occurrence]);
}

/** Moves the mouse onto `text` (its `occurrence`-th rendering) until a hover card containing `card` shows. */
async function hoverText(page, { text, occurrence, card }) {
  const deadline = Date.now() + 60_000;
  const hover = page.locator('.monaco-hover-content', { hasText: card }).first();
  for (;;) {
    const centre = await textCentre(page, text, occurrence);
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
    if (Date.now() > deadline) throw new Error(`no hover card with "${card}" appeared over "${text}" within 60 s`);
    await page.mouse.move(5, 5);
  }
}

/** A view's pane (its header and body) in the side bar, by the view's title. */
function pane(page, title) {
  return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: title }) }).first();
}

/** Expands a side-bar view's pane if it is collapsed. */
async function expandPane(page, title) {
  const header = pane(page, title).locator('.pane-header').first();
  await header.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

/** Drags the sash between the side bar and the editor so that the side bar is `width` pixels wide. */
async function widenSideBar(page, width) {
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (!sidebar || sidebar.width >= width) return;
  const x = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (width - sidebar.width), y, { steps: 8 });
  await page.mouse.up();
}

/** Waits for a tree row containing `text` under `scope`; throws if none shows. */
async function row(scope, text, what) {
  try {
    await scope.locator('.monaco-list-row', { hasText: text }).first().waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  } catch {
    throw new Error(`${what}: no row with "${text}" appeared within ${UI_DEADLINE_MS / 1000} s`);
  }
}

async function shoot(page, outDir, name, what, log) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file, animations: 'disabled' });
  log(`wrote ${path.relative(process.cwd(), file)} (${what})`);
}

/**
 * Drives an open workbench page (the fixture workspace, extension loaded in development
 * mode) and writes hover.png, outline.png, views.png, problems.png and brief.png to outDir.
 * Each shot first waits for what it is meant to show, and fails rather than write an
 * empty panel.
 */
export async function takeScreenshots({ page, outDir, log = console.log }) {
  fs.mkdirSync(outDir, { recursive: true });
  const subject = SUBJECT;
  if (!fs.existsSync(path.join(WORKSPACE, subject.file))) throw new Error(`${subject.file} is not in ${WORKSPACE}`);

  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: UI_DEADLINE_MS });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: UI_DEADLINE_MS });
  await openFile(page, subject.file);

  // hover.png: the card of the surname alone
  await hoverText(page, subject.hover);
  await shoot(page, outDir, 'hover.png', `hover on "${subject.hover.text}" in ${subject.file}`, log);
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');

  // outline.png: room for the Outline, by collapsing the Explorer's folder section above it
  await runCommand(page, 'Explorer: Focus on Outline View');
  await widenSideBar(page, 560);
  const folders = page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  const outline = page.locator('.outline-pane').first();
  await outline.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await row(outline, 'Dmitry Peskov', 'the Outline view');
  await row(outline, 'We have never closed the door', 'the Outline view (Peskov\'s quotes)');
  await row(outline, 'Unattributed', 'the Outline view');
  await shoot(page, outDir, 'outline.png', 'the Outline view: speakers and their quotes', log);

  // views.png: the Dossier container, both views expanded, following the article
  await runCommand(page, 'Dossier: Focus on People & Organisations View');
  await expandPane(page, 'People & Organisations');
  await expandPane(page, 'Quotes');
  await row(pane(page, 'People & Organisations'), 'Dmitry Peskov', 'People & Organisations');
  await row(pane(page, 'Quotes'), 'Oleg Varnov', 'Quotes');
  await shoot(page, outDir, 'views.png', 'the Dossier views: People & Organisations, Quotes', log);

  // problems.png
  await runCommand(page, 'View: Focus Problems');
  const problems = page.locator('.markers-panel').first();
  await problems.waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  await row(problems, 'vague-attribution', 'the Problems panel');
  await row(problems, 'anonymous-source', 'the Problems panel');
  await shoot(page, outDir, 'problems.png', 'the Problems panel: sourcing findings', log);

  // brief.png: the reading brief of the article, rendered in the Markdown preview, with
  // the whole window for it (the side views would only say that no article is active)
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'View: Close Primary Side Bar');
  await page.locator('.tabs-container .tab', { hasText: subject.file }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: subject.file }).waitFor({ timeout: UI_DEADLINE_MS });
  await runCommand(page, 'Dossier: Show Reading Brief');
  const preview = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  try {
    await preview.locator('h1', { hasText: 'Reading brief' }).waitFor({ state: 'visible', timeout: UI_DEADLINE_MS });
  } catch {
    throw new Error(`the reading brief did not render in the Markdown preview within ${UI_DEADLINE_MS / 1000} s`);
  }
  await shoot(page, outDir, 'brief.png', 'the reading brief in the Markdown preview', log);
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
