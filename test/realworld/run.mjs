#!/usr/bin/env node
// Runs the built CLI over the real-world set and prints what a reviewer reads: syntax errors per repository, findings
// per rule, and every Private Link finding with its place, so each can be judged by hand.
//
//   node test/realworld/run.mjs [<set-dir>] [--json <out.json>]
//
// <set-dir> defaults to $REALWORLD_DIR, else ../realworld beside the repository (lay it out with collect.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot } from '../support/repoRoot.mjs';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined;
const setDir = resolve(args[0] ?? process.env.REALWORLD_DIR ?? join(repoRoot, '..', 'realworld'));
if (!existsSync(setDir)) {
  console.log(`No real-world set at ${setDir}: lay it out with test/realworld/collect.mjs (see test/realworld/README.md).`);
  process.exit(0);
}
const cli = join(repoRoot, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

const started = Date.now();
const run = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: setDir, encoding: 'utf8', maxBuffer: 1 << 30 });
if (run.status === 2 || !run.stdout) {
  console.error(run.stderr);
  process.exit(2);
}
const report = JSON.parse(run.stdout);
if (jsonOut) writeFileSync(jsonOut, run.stdout);

const perRule = new Map();
const syntaxPerRepo = new Map();
const findings = [];
for (const file of report.files) {
  const repo = file.path.split(/[\\/]/)[0];
  for (const d of file.diagnostics) {
    perRule.set(d.code, (perRule.get(d.code) ?? 0) + 1);
    if (d.code === 'syntax-error') syntaxPerRepo.set(repo, (syntaxPerRepo.get(repo) ?? 0) + 1);
    findings.push(`${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
  }
}
console.log(`${report.files.length} files analysed in ${Date.now() - started} ms (exit status ${run.status})`);
console.log('\nFindings per rule:');
for (const [code, count] of [...perRule].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)}  ${code}`);
console.log(`\nSyntax errors per repository: ${syntaxPerRepo.size === 0 ? 'none' : ''}`);
for (const [repo, count] of syntaxPerRepo) console.log(`  ${String(count).padStart(5)}  ${repo}`);
console.log('\nEvery finding:');
for (const line of findings.sort()) console.log(`  ${line}`);
