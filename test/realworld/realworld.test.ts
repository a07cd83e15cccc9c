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

type Diagnostic = JsonReport['files'][number]['diagnostics'][number];

/** How many findings of each file, rule and message a report holds (those `keep` admits). */
function countByFileRuleAndMessage(report: JsonReport, keep: (d: Diagnostic) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      if (!keep(d)) continue;
      const key = `${relativeOf(file)}: ${d.code} ${d.message}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

interface LintRun {
  readonly status: number | null;
  readonly report: JsonReport;
  readonly stderr: string;
}

/** The set's report, made once for both tests (the CLI takes about 25 s over the whole set). */
let setReport: LintRun | undefined;
const lintSet = (): LintRun => (setReport ??= lintFolder(setDir));

/** The CLI's JSON report on a folder, with paths relative to it ('/'-separated). */
function lintFolder(folder: string, extraArgs: readonly string[] = []): LintRun {
  const run = spawnSync(process.execPath, [requireBuilt(distCli), ...extraArgs, '--format', 'json', '.'], {
    cwd: folder,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  return { status: run.status, report: JSON.parse(run.stdout || '{"files":[]}') as JsonReport, stderr: run.stderr };
}

const relativeOf = (file: { readonly path: string }): string => file.path.split(path.sep).join('/');
/** The set's top-level folder a file is in: one per repository. */
const repositoryOf = (file: { readonly path: string }): string => relativeOf(file).split('/')[0];

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
    if (file.diagnostics.some((d) => (d.fixes ?? []).length > 0)) repositories.add(repositoryOf(file));
  }
  if (repositories.size === 0) return t.skip('no finding in the set has a fix');
  const copy = makeTempDir('plg-realworld-fix-');
  try {
    for (const repository of repositories) copy.copy(path.join(setDir, repository), repository);
    // The copy's repositories are self-contained: their report is the set's, file for file.
    const before = { files: lintSet().report.files.filter((file) => repositories.has(repositoryOf(file))) };
    const fix = lintFolder(copy.path, ['--fix']);
    assert.notEqual(fix.status, 2, fix.stderr);
    const after = lintFolder(copy.path).report;

    const hasFix = (d: Diagnostic): boolean => (d.fixes ?? []).length > 0;
    const remaining = countByFileRuleAndMessage(after, () => true);
    const expected = countByFileRuleAndMessage(before, (d) => !hasFix(d));
    const fixed = before.files.reduce((sum, file) => sum + file.diagnostics.filter(hasFix).length, 0);
    const surprises = [...remaining].filter(([key, count]) => count > (expected.get(key) ?? 0)).map(([key]) => key);
    assert.ok(fixed > 0, 'the copy holds fixable findings');
    assert.deepEqual(surprises.slice(0, 20), [], `${surprises.length} findings left or caused by fixes`);
  } finally {
    copy.remove();
  }
});
