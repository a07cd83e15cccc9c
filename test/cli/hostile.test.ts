/**
 * `privatelink-lint --format json` answers every hostile file in seconds, with exit status 0 or 1 and one valid JSON
 * object on stdout: 200k-level nesting, billion-item loops, doubling values, random bytes, non-UTF-8, a byte order
 * mark, CRLF, emoji, truncated and empty files, a 7 MB template. A module path leaving the workspace is reported,
 * not read. The files are generated into a temporary folder.
 */
import { after, before, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distCli, requireBuilt } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { BICEP_PE, hostileFiles } from '../fuzz/hostileFiles';

/** Node start-up included; the 7 MB template takes a few seconds on a loaded machine. */
const ANSWER_LIMIT_MS = 60_000;
const SMALL_ANSWER_LIMIT_MS = 20_000;

interface JsonOutput {
  version: number;
  files: { path: string; language: string; diagnostics: { code: string; severity: string; message: string }[] }[];
}

interface Answer {
  readonly status: number | null;
  readonly output: JsonOutput;
  readonly stderr: string;
  readonly ms: number;
}

function lint(args: readonly string[], cwd: string, limitMs: number): Answer {
  const started = performance.now();
  const run = spawnSync(process.execPath, [requireBuilt(distCli), '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    timeout: limitMs,
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (run.error) throw new Error(`${args.join(' ')}: ${run.error.message} after ${ms.toFixed(0)} ms`);
  let output: JsonOutput;
  try {
    output = JSON.parse(run.stdout) as JsonOutput;
  } catch (error) {
    throw new Error(`${args.join(' ')}: stdout is not JSON (${String(error)}): ${run.stdout.slice(0, 500)}\n${run.stderr.slice(0, 2000)}`);
  }
  return { status: run.status, output, stderr: run.stderr, ms };
}

let dir: TempDir;
const files = hostileFiles();

before(() => {
  dir = makeTempDir('plg-hostile-');
  dir.write('ws/.keep', '');
  for (const [name, content] of files) fs.writeFileSync(path.join(dir.path, 'ws', name), content);
  // A module that leaves the workspace, next to a file there that must not be read.
  dir.write('outside.bicep', BICEP_PE.replace("'pe'", "'outside-pe'"));
  dir.write('ws/sub/escape.bicep', `module outside '../../outside.bicep' = {\n  name: 'outside'\n}\n${BICEP_PE}`);
});

after(() => dir?.remove());

for (const name of hostileFiles().keys()) {
  test(`CLI answers ${name} in seconds: exit 0 or 1, JSON on stdout, no internal error`, (t) => {
    const answer = lint([name], `${dir.path}/ws`, ANSWER_LIMIT_MS);
    t.diagnostic(`${answer.ms.toFixed(0)} ms, exit ${answer.status}`);
    assert.ok(answer.status === 0 || answer.status === 1, `exit ${answer.status}: ${answer.stderr.slice(0, 1000)}`);
    assert.ok(answer.ms < (name.startsWith('large') ? ANSWER_LIMIT_MS : SMALL_ANSWER_LIMIT_MS), `${answer.ms.toFixed(0)} ms`);
    assert.equal(answer.output.version, 1);
    assert.ok(!answer.stderr.includes('internal error'), answer.stderr);
    const diagnostics = answer.output.files.flatMap((f) => f.diagnostics);
    assert.ok(!diagnostics.some((d) => d.code === 'internal-error'), diagnostics.find((d) => d.code === 'internal-error')?.message);
    // The valid parts are still analysed: every hostile template holding the endpoint without connections reports it
    // (not when a truncation or an unclosed JSON bracket swallows it).
    const text = files.get(name);
    if (typeof text === 'string' && text.includes('privateLinkServiceConnections') && !/^(truncated|large)|unclosed\.json$/.test(name)) {
      assert.ok(
        diagnostics.some((d) => d.code === 'pe-single-connection'),
        `${name}: ${diagnostics
          .map((d) => `${d.code} ${d.message}`)
          .slice(0, 5)
          .join('\n')}`,
      );
    }
  });
}

test('CLI answers the whole folder of hostile files at once', () => {
  const answer = lint(['.'], `${dir.path}/ws`, ANSWER_LIMIT_MS * 2);
  assert.ok(answer.status === 0 || answer.status === 1, `exit ${answer.status}: ${answer.stderr.slice(0, 1000)}`);
  assert.ok(answer.output.files.length >= files.size - 2);
});

test('CLI: a module path leaving the workspace is reported, and the file outside is not read', () => {
  const answer = lint(['sub/escape.bicep'], `${dir.path}/ws`, SMALL_ANSWER_LIMIT_MS);
  const escape = answer.output.files.find((f) => f.path.endsWith('escape.bicep'));
  assert.ok(escape, JSON.stringify(answer.output));
  const notRead = escape.diagnostics.filter((d) => /leaves the workspace; it is not read/.test(d.message));
  assert.equal(notRead.length, 1, JSON.stringify(escape.diagnostics));
  // Azure would read the module: no error in the template, so no error level (it would fail a CI run).
  assert.equal(notRead[0].severity, 'warning');
  assert.ok(!answer.output.files.some((f) => f.path.includes('outside')), 'nothing was reported in the file outside the workspace');
  assert.ok(!JSON.stringify(answer.output).includes('outside-pe'));
});
