#!/usr/bin/env node
'use strict';
/**
 * The extension-host suite under @vscode/test-electron (`npm run test:e2e:electron`): downloads a desktop VS Code
 * (VSCODE_VERSION, default "stable"; needs access to VS Code's download site, which this project's own machines lack:
 * there `npm run test:e2e` runs the same suite in code-server), opens a copy of test/e2e/workspace and runs
 * out/test/e2e/suite/index.js in its extension host. Headless Linux needs a display: run it under `xvfb-run -a`.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

async function main() {
  const { runTests } = require('@vscode/test-electron');
  const repo = path.resolve(__dirname, '..', '..');
  const extensionTestsPath = path.join(repo, 'out', 'test', 'e2e', 'suite', 'index.js');
  if (!fs.existsSync(extensionTestsPath)) throw new Error(`${extensionTestsPath} is missing: run \`npm run build\` first`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'privatelink-electron-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(__dirname, 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        path.join(scratch, 'user-data'),
      ],
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.error('The extension-host suite failed or could not start under @vscode/test-electron.');
  process.exit(1);
});
