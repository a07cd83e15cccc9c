/**
 * The real-world set (test/realworld/README.md), when it is laid out beside the repository: templates Azure accepts
 * get no `syntax-error`, no file makes a rule fail (`internal-error`), and every preferred fix applies to a copy and
 * leaves no new finding or syntax error behind. Skips, saying why, when the set is absent (its files are never
 * committed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distCli, repoRoot, requireBuilt, testSource } from '../support/paths';
import { makeTempDir } from '../support/tempDir';

const setDir = path.resolve(process.env.REALWORLD_DIR ?? path.join(repoRoot, '..', 'realworld'));

interface JsonReport {
  readonly files: ReadonlyArray<{
    readonly path: string;
    readonly diagnostics: ReadonlyArray<{
      readonly code: string;
      readonly message: string;
      readonly range: { readonly start: { readonly line: number } };
      readonly fixes?: ReadonlyArray<{ readonly title: string }>;
    }>;
  }>;
}

/** The set's report, made once for both tests (the CLI takes about 25 s over the whole set). */
let setReport: { status: number | null; report: JsonReport; stderr: string } | undefined;
const lintSet = (): { status: number | null; report: JsonReport; stderr: string } => (setReport ??= lintFolder(setDir));

/** The CLI's JSON report on a folder, with paths relative to it ('/'-separated). */
function lintFolder(folder: string, extraArgs: readonly string[] = []): { status: number | null; report: JsonReport; stderr: string } {
  const run = spawnSync(process.execPath, [requireBuilt(distCli), ...extraArgs, '--format', 'json', '.'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { status: run.status, report: JSON.parse(run.stdout || '{"files":[]}') as JsonReport, stderr: run.stderr };
}

const relativeOf = (file: { readonly path: string }): string => file.path.split(path.sep).join('/');

test('real-world templates: no syntax error on a file Azure accepts, no internal error', { timeout: 600_000 }, (t) => {
  if (!fs.existsSync(setDir)) return t.skip(`no real-world set at ${setDir} (lay it out with test/realworld/collect.mjs)`);
  const knownInvalid = new Set(
    Object.keys(
      (JSON.parse(fs.readFileSync(testSource('realworld', 'known-invalid.json'), 'utf8')) as { files: Record<string, string> }).files,
    ),
  );
  const { status, report, stderr } = lintSet();
  assert.notEqual(status, 2, stderr);
  const wrong: string[] = [];
  for (const file of report.files) {
    const relative = relativeOf(file);
    for (const d of file.diagnostics) {
      const falseSyntaxError = d.code === 'syntax-error' && !knownInvalid.has(relative);
      if (falseSyntaxError || d.code === 'internal-error') wrong.push(`${relative}:${d.range.start.line + 1}: ${d.code} ${d.message}`);
    }
  }
  assert.deepEqual(wrong.slice(0, 40), [], `${wrong.length} false syntax or internal errors`);
});

/**
 * `--fix` on a copy of the repositories with fixable findings: each fixed finding is gone, no finding appears that was
 * not there before (a fix must not cause one), and no file stops parsing. Findings are compared by file, rule and
 * message, since fixes move lines.
 */
test('real-world templates: every preferred fix applies and leaves no new finding or syntax error', { timeout: 600_000 }, (t) => {
  if (!fs.existsSync(setDir)) return t.skip(`no real-world set at ${setDir} (lay it out with test/realworld/collect.mjs)`);
  const repositories = new Set<string>();
  for (const file of lintSet().report.files) {
    if (file.diagnostics.some((d) => (d.fixes ?? []).length > 0)) repositories.add(relativeOf(file).split('/')[0]);
  }
  if (repositories.size === 0) return t.skip('no finding in the set has a fix');
  const copy = makeTempDir('plg-realworld-fix-');
  try {
    for (const repository of repositories) copy.copy(path.join(setDir, repository), repository);
    // The copy's repositories are self-contained: their report is the set's, file for file.
    const before = { files: lintSet().report.files.filter((file) => repositories.has(relativeOf(file).split('/')[0])) };
    const fix = lintFolder(copy.path, ['--fix']);
    assert.notEqual(fix.status, 2, fix.stderr);
    const after = lintFolder(copy.path).report;

    const keyOf = (file: string, d: { readonly code: string; readonly message: string }): string => `${file}: ${d.code} ${d.message}`;
    const remaining = new Map<string, number>();
    for (const file of after.files)
      for (const d of file.diagnostics) remaining.set(keyOf(relativeOf(file), d), (remaining.get(keyOf(relativeOf(file), d)) ?? 0) + 1);
    const expected = new Map<string, number>();
    let fixed = 0;
    for (const file of before.files) {
      for (const d of file.diagnostics) {
        const key = keyOf(relativeOf(file), d);
        if ((d.fixes ?? []).length > 0) fixed++;
        else expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const surprises = [...remaining].filter(([key, count]) => count > (expected.get(key) ?? 0)).map(([key]) => key);
    assert.ok(fixed > 0, 'the copy holds fixable findings');
    assert.deepEqual(surprises.slice(0, 20), [], `${surprises.length} findings left or caused by fixes`);
  } finally {
    copy.remove();
  }
});
