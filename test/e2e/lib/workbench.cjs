'use strict';
/**
 * A real VS Code workbench for the end-to-end tests: code-server (VS Code's web workbench, its server and the Node
 * extension host) started in an isolated run folder, and Debian's Chromium driven by playwright-core. Everything comes
 * from the cache test/e2e/setup.sh fills (default <repo>/.e2e, or $E2E_CACHE).
 */
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');
const cache = path.resolve(process.env.E2E_CACHE || path.join(repo, '.e2e'));
const codeServerEntry = path.join(cache, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const resultsDir = path.join(repo, 'test-results');

const log = (...parts) => console.error(`[e2e ${new Date().toISOString().slice(11, 23)}]`, ...parts);

function requireSetup() {
  const missing = [];
  if (!fs.existsSync(codeServerEntry)) missing.push(`code-server (${codeServerEntry})`);
  if (!fs.existsSync(path.join(cache, 'driver', 'node_modules', 'playwright-core'))) missing.push('playwright-core');
  if (!fs.existsSync(chromiumPath)) missing.push(`chromium (${chromiumPath})`);
  if (missing.length) throw new Error(`e2e set-up incomplete, missing ${missing.join(', ')}: run \`bash test/e2e/setup.sh\``);
}

function playwright() {
  return require(require.resolve('playwright-core', { paths: [path.join(cache, 'driver', 'node_modules')] }));
}

/** User settings of every run: a quiet workbench with nothing that reaches the network. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'json.schemaDownload.enable': false,
  'git.enabled': false,
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.stickyScroll.enabled': false,
  'window.commandCenter': false,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(what, check, timeoutMs, intervalMs = 200) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

async function healthy(url) {
  try {
    const response = await fetch(`${url}/healthz`);
    return response.ok;
  } catch {
    return false;
  }
}

const running = new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
// Extension hosts outlive the browser: whatever happens, the whole code-server process group goes with us.
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/**
 * Starts code-server on a copy of `workspace`. `vsix`: install that package first (as a user would);
 * otherwise the caller loads the extension folder in development mode through the workbench URL.
 * `name` names the folder in test-results/ that receives code-server's and VS Code's logs.
 */
async function startCodeServer({ workspace, vsix, name }) {
  requireSetup();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privatelink-e2e-'));
  const outDir = path.join(resultsDir, name);
  fs.rmSync(outDir, { recursive: true, force: true }); // no screenshot of an earlier run left to mislead
  fs.mkdirSync(outDir, { recursive: true });
  for (const dir of ['home', 'tmp', 'data/User', 'extensions']) fs.mkdirSync(path.join(runDir, dir), { recursive: true });
  const folder = path.join(runDir, 'ws');
  fs.cpSync(workspace, folder, { recursive: true });
  fs.writeFileSync(path.join(runDir, 'config.yaml'), '');
  fs.writeFileSync(path.join(runDir, 'data', 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));

  // Own HOME, XDG folders and TMPDIR: code-server writes its config, extension hosts leave sockets and caches.
  const env = {
    ...process.env,
    HOME: path.join(runDir, 'home'),
    XDG_CONFIG_HOME: path.join(runDir, 'home', '.config'),
    XDG_DATA_HOME: path.join(runDir, 'home', '.local', 'share'),
    TMPDIR: path.join(runDir, 'tmp'),
  };
  const common = [
    '--config',
    path.join(runDir, 'config.yaml'),
    '--user-data-dir',
    path.join(runDir, 'data'),
    '--extensions-dir',
    path.join(runDir, 'extensions'),
  ];

  if (vsix) {
    const started = Date.now();
    const install = spawnSync(process.execPath, [codeServerEntry, ...common, '--install-extension', path.resolve(vsix)], {
      env,
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(outDir, 'install-extension.log'), `${install.stdout}\n${install.stderr}`);
    if (install.status !== 0) throw new Error(`installing ${vsix} failed:\n${install.stdout}\n${install.stderr}`);
    log(`installed ${path.basename(vsix)} in ${Date.now() - started} ms`);
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = fs.openSync(path.join(outDir, 'code-server.log'), 'w');
  const started = Date.now();
  const child = spawn(
    process.execPath,
    [
      codeServerEntry,
      ...common,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
    ],
    { env, detached: true, stdio: ['ignore', logFile, logFile] },
  );
  fs.closeSync(logFile);
  running.add(child.pid);
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (running.has(child.pid)) {
      killGroup(child.pid, 'SIGTERM');
      await waitUntil('code-server to stop', () => !killGroup(child.pid, 0), 5000, 100).catch(() => killGroup(child.pid, 'SIGKILL'));
      running.delete(child.pid);
    }
    try {
      fs.cpSync(path.join(runDir, 'data', 'logs'), path.join(outDir, 'vscode-logs'), { recursive: true });
    } catch {
      /* no logs */
    }
    if (process.env.E2E_KEEP !== '1') fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitUntil(
      'code-server to answer',
      async () => {
        if (exited) throw new Error(`code-server exited; see ${path.join(outDir, 'code-server.log')}`);
        return healthy(url);
      },
      60_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  log(`code-server up on ${url} in ${Date.now() - started} ms (run folder ${runDir})`);
  return { url, folder, runDir, outDir, stop };
}

/** Flags that let Debian's Chromium run headless, as root, with no network. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function launchBrowser() {
  const { chromium } = playwright();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'privatelink-e2e-chromium-'));
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: process.env.E2E_HEADED !== '1',
    args: CHROMIUM_ARGS,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache') },
  });
  browser.on('disconnected', () => fs.rmSync(home, { recursive: true, force: true }));
  return browser;
}

/**
 * `?payload=[["extensionDevelopmentPath", …], ["extensionTestsPath", …]]` loads an extension folder in development
 * mode and runs a test module in its extension host. Newer workbenches honour it only with the smoke-test driver
 * option on, which code-server's command line cannot set: turn it on in the page's configuration as it is read.
 */
async function allowDevelopmentPayload(page) {
  await page.addInitScript(() => {
    const getAttribute = Element.prototype.getAttribute;
    Element.prototype.getAttribute = function patchedGetAttribute(name) {
      const value = getAttribute.call(this, name);
      if (name !== 'data-settings' || this.id !== 'vscode-workbench-web-configuration' || !value) return value;
      try {
        const configuration = JSON.parse(value);
        configuration.developmentOptions = { ...configuration.developmentOptions, enableSmokeTestDriver: true };
        return JSON.stringify(configuration);
      } catch {
        return value;
      }
    };
  });
}

function workbenchUrl(base, { folder, developmentPath, testsPath }) {
  const url = new URL(base);
  url.searchParams.set('folder', folder);
  const remote = (file) => `vscode-remote://${url.host}${path.resolve(file)}`;
  const payload = [];
  if (developmentPath) payload.push(['extensionDevelopmentPath', remote(developmentPath)]);
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (payload.length) url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

module.exports = {
  repo,
  cache,
  resultsDir,
  log,
  startCodeServer,
  launchBrowser,
  allowDevelopmentPayload,
  workbenchUrl,
  waitUntil,
};
