/**
 * The real-world set (test/realworld/README.md), when it is laid out beside the repository: templates Azure accepts
 * get no `syntax-error`, and no file makes a rule fail (`internal-error`). Skips, saying why, when the set is absent
 * (its files are never committed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distCli, repoRoot, requireBuilt, testSource } from '../support/paths';

const setDir = path.resolve(process.env.REALWORLD_DIR ?? path.join(repoRoot, '..', 'realworld'));

interface JsonReport {
  readonly files: ReadonlyArray<{
    readonly path: string;
    readonly diagnostics: ReadonlyArray<{
      readonly code: string;
      readonly message: string;
      readonly range: { readonly start: { readonly line: number } };
    }>;
  }>;
}

test('real-world templates: no syntax error on a file Azure accepts, no internal error', { timeout: 600_000 }, (t) => {
  if (!fs.existsSync(setDir)) return t.skip(`no real-world set at ${setDir} (lay it out with test/realworld/collect.mjs)`);
  const knownInvalid = new Set(
    Object.keys(
      (JSON.parse(fs.readFileSync(testSource('realworld', 'known-invalid.json'), 'utf8')) as { files: Record<string, string> }).files,
    ),
  );
  const run = spawnSync(process.execPath, [requireBuilt(distCli), '--format', 'json', '.'], {
    cwd: setDir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  assert.notEqual(run.status, 2, run.stderr);
  const report = JSON.parse(run.stdout) as JsonReport;
  const wrong: string[] = [];
  for (const file of report.files) {
    const relative = file.path.split(path.sep).join('/');
    for (const d of file.diagnostics) {
      const falseSyntaxError = d.code === 'syntax-error' && !knownInvalid.has(relative);
      if (falseSyntaxError || d.code === 'internal-error') wrong.push(`${relative}:${d.range.start.line + 1}: ${d.code} ${d.message}`);
    }
  }
  assert.deepEqual(wrong.slice(0, 40), [], `${wrong.length} false syntax or internal errors`);
});
