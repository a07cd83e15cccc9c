'use strict';
/**
 * The extension as a user meets it: Chromium drives VS Code's workbench (code-server). For each scenario: open the
 * file with Quick Open, wait for the squiggle and the Problems entry, hover the squiggle, open the quick-fix menu with
 * Ctrl+., choose the fix, save, read the file back from disk and see the Problems entry go. PNG screenshots and a
 * result.json land in test-results/<name>/.
 *
 * It relies on VS Code's DOM class names and default key bindings (checked with code-server 4.100.3 / VS Code 1.100.3).
 */
const fs = require('node:fs');
const path = require('node:path');
const { repo, log, startCodeServer, launchBrowser, allowDevelopmentPayload, workbenchUrl } = require('../lib/workbench.cjs');

const EDITOR = '.editor-instance .monaco-editor';
const SQUIGGLES = ['error', 'warning', 'info'].map((level) => `${EDITOR} .squiggly-${level}`).join(', ');
const PROBLEM_ROWS = '.markers-panel .monaco-list-row';
const PROBLEMS_FILTER = '.panel .viewpane-filter input, .markers-panel-action-filter input';
const HOVER = '.monaco-hover:not(.hidden)';
const ACTIONS = '.action-widget .monaco-list-row.action';

/** The fixture workspace of the extension-host suite: one Bicep and one ARM scenario. */
const FIXTURE_SCENARIOS = [
  {
    id: 'bicep',
    file: 'bicep/key-vault.bicep',
    problem: /pe-target-public-access/,
    hover: /pe-target-public-access/,
    fix: /^Set publicNetworkAccess to 'Disabled'$/,
    after: /publicNetworkAccess: 'Disabled'/,
  },
  {
    id: 'arm',
    file: 'arm/storage-endpoint.json',
    problem: /pe-dns-zone-group/,
    hover: /DNS zone group: missing/,
    fix: /^Add private DNS zone privatelink\.blob\.core\.windows\.net/,
    after: /"Microsoft\.Network\/privateEndpoints\/privateDnsZoneGroups"/,
  },
];

const normalise = (text) =>
  (text || '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .trim();

async function retry(times, attempt) {
  let lastError;
  for (let index = 0; index < times; index++) {
    try {
      return await attempt(index);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Polls `read` until `accept` holds; returns the last value either way (the caller asserts). */
async function poll(page, read, accept, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await page.waitForTimeout(200);
    value = await read();
  }
  return value;
}

async function openWithQuickOpen(page, file) {
  const base = path.basename(file);
  await retry(3, async () => {
    await page.keyboard.press('Escape');
    await page
      .locator('.monaco-workbench .part.editor')
      .first()
      .click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type(file, { delay: 10 });
    await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: base }).first().waitFor({ timeout: 20_000 });
    await page.keyboard.press('Enter');
    // .first(): beside it, the Private Link map's tab may name the same file.
    await page.locator(`.tabs-container .tab.active[aria-label*="${base}"]`).first().waitFor({ timeout: 15_000 });
  });
  await page.locator(`${EDITOR} .view-lines`).first().waitFor();
}

async function problemRows(page) {
  return (await page.locator(PROBLEM_ROWS).allInnerTexts()).map(normalise);
}

/** The squiggle the caret sits in after the Problems row revealed it. */
async function squiggleAtCursor(page) {
  const cursor = await page.locator(`${EDITOR} .cursors-layer .cursor`).first().boundingBox();
  const boxes = [];
  for (const squiggle of await page.locator(SQUIGGLES).all()) {
    const box = await squiggle.boundingBox();
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) return null;
  if (!cursor) return boxes[0];
  const distance = (box) =>
    Math.abs(box.y + box.height / 2 - (cursor.y + cursor.height / 2)) * 10 + Math.max(0, box.x - cursor.x, cursor.x - (box.x + box.width));
  return boxes.sort((a, b) => distance(a) - distance(b))[0];
}

async function readHover(page, point, expected) {
  let text = '';
  for (let attempt = 0; attempt < 4 && !expected.test(text); attempt++) {
    if (attempt < 2) {
      await page.mouse.move(point.x + 40, point.y + 80);
      await page.mouse.move(point.x, point.y, { steps: 5 });
    } else {
      // the keyboard way: caret into the squiggle, then "Show Hover" (Ctrl+K Ctrl+I)
      await page.mouse.click(point.x, point.y);
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
    }
    try {
      await page.locator(HOVER).first().waitFor({ timeout: 8000 });
      text = await poll(
        page,
        async () => normalise((await page.locator(HOVER).allInnerTexts()).join('\n')),
        (value) => expected.test(value),
        5000,
      );
    } catch {
      /* try again */
    }
  }
  return text;
}

async function quickFixMenu(page, point) {
  await page.keyboard.press('Escape');
  await page.mouse.move(point.x + 400, point.y + 300);
  await page.mouse.click(point.x, point.y);
  return retry(3, async () => {
    await page.keyboard.press('Control+.');
    try {
      await page.locator(ACTIONS).first().waitFor({ timeout: 10_000 });
    } catch (error) {
      await page.keyboard.press('Escape');
      throw error;
    }
    return page.locator(ACTIONS).evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') || row.textContent || ''));
  });
}

/** Chooses a menu entry with the keyboard, as the menu sits behind an overlay that swallows the pointer. */
async function chooseAction(page, titles, wanted) {
  for (let step = 0; step <= titles.length; step++) {
    const focused = await page
      .locator(`${ACTIONS}.focused`)
      .first()
      .getAttribute('aria-label', { timeout: 2000 })
      .catch(() => null);
    if (focused === wanted) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

async function runScenario(page, scenario, server, shot) {
  const checks = [];
  const check = (name, ok, detail) => {
    checks.push({ name: `${scenario.id}: ${name}`, ok: Boolean(ok), detail });
    log(`${ok ? '✔' : '✘'} ${scenario.id}: ${name}${ok ? '' : ` — ${detail}`}`);
    return Boolean(ok);
  };
  const result = { id: scenario.id, file: scenario.file, checks };
  const diskFile = path.join(server.folder, ...scenario.file.split('/'));
  const fail = async () => {
    await shot(`${scenario.id}-failure.png`).catch(() => undefined);
    return result;
  };

  await openWithQuickOpen(page, scenario.file);
  // The Problems panel first: with it open the finding may be below the fold, and its row reveals it.
  if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M'); // View: Problems
  // Only this file's problems (other files of the workspace may have findings too): the panel's glob filter.
  await page.locator(PROBLEMS_FILTER).first().fill(`**/${scenario.file}`);
  const rows = await poll(
    page,
    () => problemRows(page),
    (texts) => texts.some((text) => scenario.problem.test(text) && /\[Ln \d+, Col \d+\]/.test(text)),
    60_000,
  );
  result.problems = rows;
  if (
    !check(
      'the Problems panel lists the finding',
      rows.some((text) => scenario.problem.test(text)),
      JSON.stringify(rows),
    )
  )
    return fail();

  await page
    .locator(PROBLEM_ROWS)
    .filter({ hasText: /\[Ln \d+, Col \d+\]/ })
    .filter({ hasText: scenario.problem })
    .first()
    .click();
  await page.keyboard.press('Enter'); // opens the range in the editor, caret on the finding
  await poll(
    page,
    async () => page.locator(`${EDITOR}.focused`).count(),
    (count) => count > 0,
    5000,
  );
  const squiggleShown = await page
    .locator(SQUIGGLES)
    .first()
    .waitFor({ state: 'attached', timeout: 20_000 })
    .then(
      () => true,
      () => false,
    );
  if (!check('a squiggle marks the finding', squiggleShown, 'no squiggle')) return fail();
  const box = await squiggleAtCursor(page);
  if (!check('the squiggle is on screen', box, 'no squiggle box')) return fail();
  const point = { x: box.x + Math.min(box.width / 2, 14), y: box.y + box.height / 2 };
  result.hover = await readHover(page, point, scenario.hover);
  check('the hover explains the finding', scenario.hover.test(result.hover), result.hover.slice(0, 300));
  await shot(`${scenario.id}-1-hover.png`);

  const titles = await quickFixMenu(page, point).catch(() => []);
  result.quickFixes = titles;
  const wanted = titles.find((title) => scenario.fix.test(title));
  await shot(`${scenario.id}-2-quick-fix-menu.png`);
  if (!check('Ctrl+. offers the fix', wanted, JSON.stringify(titles))) return fail();
  await chooseAction(page, titles, wanted);
  result.applied = wanted;

  const viewText = normalise(await page.locator(`${EDITOR} .view-lines`).first().innerText());
  await page.keyboard.press('Control+S');
  const saved = await poll(
    page,
    async () => fs.readFileSync(diskFile, 'utf8'),
    (text) => scenario.after.test(text),
    20_000,
  );
  result.documentAfter = saved;
  result.visibleAfter = viewText;
  check('the fix changes the document', scenario.after.test(saved), saved.slice(0, 400));
  const rowsAfter = await poll(
    page,
    () => problemRows(page),
    (texts) => !texts.some((text) => scenario.problem.test(text)),
    20_000,
  );
  result.problemsAfter = rowsAfter;
  check('the finding leaves the Problems panel', !rowsAfter.some((text) => scenario.problem.test(text)), JSON.stringify(rowsAfter));
  await shot(`${scenario.id}-3-after-fix.png`);
  return result;
}

/**
 * `extension`: { developmentPath } loads the folder in development mode; { vsix } installs the package first.
 */
async function runUiTest({ name, extension, workspace = path.join(repo, 'test', 'e2e', 'workspace'), scenarios = FIXTURE_SCENARIOS }) {
  const server = await startCodeServer({ workspace, vsix: extension.vsix, name });
  const browser = await launchBrowser();
  const report = { name, extension, scenarios: [], consoleErrors: [] };
  let passed = 0;
  let failed = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.setDefaultTimeout(60_000);
    page.on('console', (message) => {
      if (message.type() === 'error') report.consoleErrors.push(message.text().slice(0, 300));
    });
    const shot = async (file) => {
      await page.screenshot({ path: path.join(server.outDir, file) });
      log('screenshot', path.relative(repo, path.join(server.outDir, file)));
    };
    if (extension.developmentPath) await allowDevelopmentPayload(page);
    await page.goto(workbenchUrl(server.url, { folder: server.folder, developmentPath: extension.developmentPath }));
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 60_000 });
    await page
      .locator('.explorer-folders-view, .explorer-viewlet')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    for (const scenario of scenarios) {
      let result;
      try {
        result = await runScenario(page, scenario, server, shot);
      } catch (error) {
        result = { id: scenario.id, checks: [{ name: `${scenario.id}: ran to the end`, ok: false, detail: String(error && error.stack) }] };
        log(`✘ ${scenario.id}: ${error && error.stack}`);
        await shot(`${scenario.id}-failure.png`).catch(() => undefined);
      }
      report.scenarios.push(result);
      for (const item of result.checks) item.ok ? passed++ : failed++;
      if (result.checks.length === 0) failed++;
    }
  } finally {
    fs.writeFileSync(path.join(server.outDir, 'result.json'), JSON.stringify(report, null, 2));
    await browser.close().catch(() => undefined);
    await server.stop();
  }
  console.log(`ui (${name}): ${passed} passed, ${failed} failed`);
  return { passed, failed, exitCode: failed === 0 ? 0 : 1 };
}

module.exports = { runUiTest, FIXTURE_SCENARIOS, openWithQuickOpen, poll, normalise, EDITOR };
