'use strict';
/**
 * Runs the extension-host suite (out/test/e2e/suite/index.js, whose run() @vscode/test-electron would call) inside
 * code-server's real extension host: the workbench is opened with the extension folder in development mode and the
 * suite as `extensionTestsPath`; when run() settles the workbench calls window.codeAutomationExit(code).
 */
const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const { repo, log, startCodeServer, launchBrowser, allowDevelopmentPayload, workbenchUrl } = require('./workbench.cjs');

const SUITE = path.join(repo, 'out', 'test', 'e2e', 'suite', 'index.js');
const WORKSPACE = path.join(repo, 'test', 'e2e', 'workspace');

// The workbench's own console chatter, dropped from the echo (kept in browser-console.log).
const NOISE =
  /Resolving connection token|Resolved connection token|Creating a socket|Service Worker|ChatSessionStore|Updating additional builtin|Failed to load resource|open-vsx\.org|web worker extension host|allow-scripts and allow-same-origin|Overwriting extension|Started local extension host|Extension host test runner|reconnection-grace-time|WebSocket close with status|No file system provider|^\s*$/;

async function runHostSuite({ name = 'host-suite', timeoutMs = 600_000 } = {}) {
  if (!fs.existsSync(SUITE)) throw new Error(`${SUITE} is missing: run \`npm run build\` first`);
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const server = await startCodeServer({ workspace: WORKSPACE, name });
  const browser = await launchBrowser();
  const transcript = [];
  let summary = { passed: 0, failed: 0 };
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let settle;
    const exited = new Promise((resolve) => (settle = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code)));
    await page.exposeFunction('codeAutomationLog', () => undefined);
    // Extension-host console output reaches the page as ('%c INFO', 'color: …', format, …args).
    page.on('console', async (message) => {
      let values;
      try {
        values = await Promise.all(message.args().map((handle) => handle.jsonValue()));
      } catch {
        values = [message.text()];
      }
      if (typeof values[0] === 'string' && /^%c\s*(TRACE|DEBUG|INFO|WARN|ERR)/.test(values[0])) values = values.slice(2);
      const line = util.format(...values);
      transcript.push(`[${message.type()}] ${line}`);
      const counts = /^(\d+) passed, (\d+) failed$/.exec(line.trim());
      if (counts) summary = { passed: Number(counts[1]), failed: Number(counts[2]) };
      if (!NOISE.test(line)) console.log(line.replace(/^(\d+) passed, (\d+) failed$/, 'extension host: $1 passed, $2 failed'));
    });
    await allowDevelopmentPayload(page);
    const url = workbenchUrl(server.url, { folder: server.folder, developmentPath: repo, testsPath: SUITE });
    log('open', url);
    const started = Date.now();
    await page.goto(url);
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const code = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(server.outDir, 'suite-final.png') }).catch(() => undefined);
    log(`extension host suite exit code ${code} after ${Date.now() - started} ms`);
    const exitCode = code === 'timeout' ? 3 : code;
    if (exitCode !== 0 && summary.failed === 0) summary = { passed: summary.passed, failed: summary.failed + 1 };
    return { ...summary, exitCode };
  } finally {
    fs.writeFileSync(path.join(server.outDir, 'browser-console.log'), transcript.join('\n'));
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

module.exports = { runHostSuite, SUITE, WORKSPACE };
