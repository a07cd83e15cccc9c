#!/usr/bin/env node
'use strict';
/**
 * The end-to-end runner (`npm run test:e2e`). Parts, run in this order (name some to run only those):
 *   suite   the extension-host suite (test/e2e/suite) in code-server's real extension host
 *   ui      a user in Chromium: squiggle, Problems, hover, Ctrl+. quick fix, the saved file (screenshots)
 *   map     the Private Link map's webview: nodes and edges drawn, click to the declaration, redrawn after an edit
 *   nvim    dist/server.js under Neovim's built-in LSP client
 *   vsix    the packaged .vsix installed into a fresh code-server, on files apart from the fixtures, and the map part
 *           again with it (not in `all`)
 * `node test/e2e/run.cjs [all|suite|ui|map|nvim|vsix]...`; needs `npm run build` (vsix: `npm run package`) and
 * `bash test/e2e/setup.sh` first (`npm run test:e2e` does both). Ends with "N passed, N failed"; exit 1 on a failure.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { repo, log } = require('./lib/workbench.cjs');

const PARTS = ['suite', 'ui', 'map', 'nvim', 'vsix'];
const DEFAULT_PARTS = ['suite', 'ui', 'map', 'nvim'];

function selectedParts(args) {
  if (args.length === 0 || args.includes('all')) return [...DEFAULT_PARTS, ...args.filter((arg) => arg === 'vsix')];
  for (const arg of args) if (!PARTS.includes(arg)) throw new Error(`unknown part ${arg}; known: all, ${PARTS.join(', ')}`);
  return PARTS.filter((part) => args.includes(part));
}

function runNeovim(args, env) {
  const result = spawnSync('bash', [path.join(__dirname, 'neovim', 'run.sh'), ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  const summaryFile = path.join(repo, 'test-results', args[2] || 'neovim', 'summary.json');
  const summary = fs.existsSync(summaryFile) ? JSON.parse(fs.readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1 };
  if (result.status !== 0 && summary.failed === 0) summary.failed = 1;
  return { passed: summary.passed, failed: summary.failed, exitCode: result.status ?? 1 };
}

/** The packaged .vsix: installed into a fresh code-server (UI), and its own server bundle under Neovim. */
async function runVsix() {
  const { version } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const vsix = path.join(repo, `private-link-guidance-${version}.vsix`);
  if (!fs.existsSync(vsix)) throw new Error(`${path.basename(vsix)} not found: run \`npm run package\` first`);
  const ui = await require('./ui/ui-test.cjs').runUiTest({
    name: 'vsix',
    extension: { vsix },
    workspace: path.join(__dirname, 'vsix', 'workspace'),
    scenarios: require('./vsix/scenarios.cjs'),
  });
  // The packaged map page (dist/map/, minified) in the installed extension: the map part's checks again.
  const map = await require('./ui/map-test.cjs').runMapTest({ name: 'vsix-map', extension: { vsix } });
  const unpacked = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'privatelink-vsix-'));
  try {
    const unzip = spawnSync('unzip', ['-q', vsix, 'extension/dist/*', '-d', unpacked], { stdio: 'inherit' });
    if (unzip.status !== 0) throw new Error('unzip failed (bash test/e2e/setup.sh installs it)');
    const neovim = runNeovim([path.join(__dirname, 'vsix', 'nvim-spec.json'), path.join(__dirname, 'vsix', 'workspace'), 'vsix-neovim'], {
      PRIVATELINK_SERVER: path.join(unpacked, 'extension', 'dist', 'server.js'),
    });
    return {
      passed: ui.passed + map.passed + neovim.passed,
      failed: ui.failed + map.failed + neovim.failed,
      exitCode: ui.exitCode || map.exitCode || neovim.exitCode,
    };
  } finally {
    fs.rmSync(unpacked, { recursive: true, force: true });
  }
}

async function runPart(part) {
  switch (part) {
    case 'suite':
      return require('./lib/hostSuite.cjs').runHostSuite();
    case 'ui':
      return require('./ui/ui-test.cjs').runUiTest({ name: 'ui', extension: { developmentPath: repo } });
    case 'map':
      return require('./ui/map-test.cjs').runMapTest();
    case 'vsix':
      return runVsix();
    case 'nvim':
      return runNeovim([], {});
    default:
      throw new Error(part);
  }
}

(async () => {
  const parts = selectedParts(process.argv.slice(2));
  const started = Date.now();
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const part of parts) {
    const partStarted = Date.now();
    log(`── ${part} ──`);
    let result;
    try {
      result = await runPart(part);
    } catch (error) {
      console.error(error instanceof Error ? error.stack : error);
      result = { passed: 0, failed: 1, exitCode: 1 };
    }
    passed += result.passed;
    failed += result.failed;
    lines.push(`${part}: ${result.passed} passed, ${result.failed} failed (${((Date.now() - partStarted) / 1000).toFixed(1)} s)`);
  }
  console.log(`\ne2e summary (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const line of lines) console.log(`  ${line}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})();
