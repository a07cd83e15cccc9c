/**
 * `--fix` and `--fix-dry-run` on files with several findings each, in both languages: the fixed files equal their
 * baselines (test/cli/fixtures/fix/expected, read by eye when they change), only the findings without a fix are left,
 * the dry run's diff applies with `patch` to the same result and writes nothing, and a fix that would break a file
 * is not applied.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { applyFixesInPasses, MAX_FIX_PASSES } from '../../server/src/node/fixLoop';
import type { EngineFinding, TextEdit } from '../../server/src/engine';

const FIXTURES = testSource('cli', 'fixtures', 'fix');
const NAMES = ['pls.bicep', 'storage.json'];

let work: TempDir;
before(() => (work = makeTempDir('plg-fix-')));
after(() => work.remove());

function copyInput(name: string): string {
  return work.copy(path.join(FIXTURES, 'input'), name);
}

const read = (dir: string, name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');

describe('--fix', () => {
  test('writes the preferred fix of every finding that has one, and reports only what is left', () => {
    const dir = copyInput('fixed');
    const run = runCli(['--fix', '.'], { cwd: dir });
    for (const name of NAMES) assert.equal(read(dir, name), read(path.join(FIXTURES, 'expected'), name), `${name} equals its baseline`);
    const left = run.stdout
      .trim()
      .split('\n')
      .map((line) => line.split(' ')[2]);
    assert.deepEqual(left.sort(), ['pe-request-message-length', 'pls-auto-approval-scope'], run.stdout);
    assert.equal(run.status, 1, 'an error-level finding without a fix is left');
    assert.match(run.stderr, /^privatelink-lint: 6 fix\(es\) applied in 2 file\(s\)\n$/);
    // Two endpoints without a zone group: the zone is added once, each endpoint gets its zone group.
    const storage = read(dir, 'storage.json');
    assert.equal(storage.split('"type": "Microsoft.Network/privateDnsZones"').length - 1, 1);
    assert.equal(storage.split('"type": "Microsoft.Network/privateEndpoints/privateDnsZoneGroups"').length - 1, 2);
  });

  test('a second --fix finds nothing more to fix and changes nothing', () => {
    const dir = copyInput('twice');
    runCli(['--fix', '.'], { cwd: dir });
    const once = NAMES.map((name) => read(dir, name));
    const again = runCli(['--fix', '.'], { cwd: dir });
    assert.deepEqual(
      NAMES.map((name) => read(dir, name)),
      once,
    );
    assert.match(again.stderr, /0 fix\(es\) applied in 0 file\(s\)/);
  });

  test('--fix-dry-run prints a diff that patch applies to the same result, and writes nothing', () => {
    const dir = copyInput('dry');
    const before = NAMES.map((name) => read(dir, name));
    const run = runCli(['--fix-dry-run', '.'], { cwd: dir });
    assert.equal(run.status, 1, 'the exit status tells what would be left');
    assert.deepEqual(
      NAMES.map((name) => read(dir, name)),
      before,
      'nothing written',
    );
    assert.match(run.stdout, /^--- a\/pls\.bicep\n\+\+\+ b\/pls\.bicep\n@@ /);
    const patch = spawnSync('patch', ['-p1', '--no-backup-if-mismatch'], { cwd: dir, input: run.stdout, encoding: 'utf8' });
    assert.equal(patch.status, 0, patch.stdout + patch.stderr);
    for (const name of NAMES) assert.equal(read(dir, name), read(path.join(FIXTURES, 'expected'), name));
  });

  test('--fix-dry-run takes no --format, and --fix with --fix-dry-run is a usage error', () => {
    assert.equal(runCli(['--fix-dry-run', '--format', 'json', '.'], { cwd: FIXTURES }).status, 2);
    assert.equal(runCli(['--fix', '--fix-dry-run', '.'], { cwd: FIXTURES }).status, 2);
  });

  test('the report after --fix is in the format asked for', () => {
    const dir = copyInput('json');
    const run = runCli(['--fix', '--format', 'json', '.'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { files: { diagnostics: { code: string }[] }[] };
    assert.deepEqual(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)).sort(), [
      'pe-request-message-length',
      'pls-auto-approval-scope',
    ]);
  });
});

describe('fix passes', () => {
  const finding = (path: string, start: number, end: number, newText: string, title = 'fix'): EngineFinding => ({
    code: 'rule',
    severity: 'warning',
    message: 'm',
    path,
    range: { start, end },
    related: [],
    basedOn: [],
    parameterFiles: [],
    fixes: [{ title, edits: () => [{ path, start, end, newText }] }],
  });

  test('a fix that would leave more syntax errors is taken back, and its file is left alone', () => {
    const texts = new Map([
      ['/a', 'good'],
      ['/b', 'fine'],
    ]);
    let analyses = 0;
    const outcome = applyFixesInPasses(() => {
      analyses++;
      const findings: EngineFinding[] = [];
      if (texts.get('/a') === 'good') findings.push(finding('/a', 0, 4, 'bro{', 'breaks a'));
      if (texts.get('/a')!.includes('{')) findings.push({ ...finding('/a', 0, 0, ''), code: 'syntax-error', fixes: [] });
      if (texts.get('/b') === 'fine') findings.push(finding('/b', 0, 4, 'better'));
      return findings;
    }, texts);
    assert.equal(texts.get('/a'), 'good', 'restored');
    assert.equal(texts.get('/b'), 'better', 'the other file keeps its fix');
    assert.deepEqual([...outcome.refused], [['/a', ['breaks a']]]);
    assert.deepEqual([...outcome.changed.keys()], ['/b']);
    assert.equal(outcome.applied, 1);
    assert.ok(analyses <= 4, `${analyses} analyses`);
  });

  test('a fix that breaks one of the files it touches is taken back in all of them; an unrelated fix stays', () => {
    const texts = new Map([
      ['/a', 'good'],
      ['/b', 'fine'],
      ['/c', 'calm'],
    ]);
    const outcome = applyFixesInPasses(() => {
      const findings: EngineFinding[] = [];
      if (texts.get('/a') === 'good')
        findings.push({
          ...finding('/a', 0, 4, ''),
          fixes: [
            {
              title: 'adds a declaration to a and its use to b',
              edits: () => [
                { path: '/a', start: 0, end: 4, newText: 'bro{' },
                { path: '/b', start: 4, end: 4, newText: ' used' },
              ],
            },
          ],
        });
      if (texts.get('/a')!.includes('{')) findings.push({ ...finding('/a', 0, 0, ''), code: 'syntax-error', fixes: [] });
      if (texts.get('/c') === 'calm') findings.push(finding('/c', 0, 4, 'calmer', 'fixes c'));
      return findings;
    }, texts);
    assert.deepEqual(Object.fromEntries(texts), { '/a': 'good', '/b': 'fine', '/c': 'calmer' });
    assert.deepEqual([...outcome.refused].sort(), [
      ['/a', ['adds a declaration to a and its use to b']],
      ['/b', ['adds a declaration to a and its use to b']],
    ]);
    assert.deepEqual([...outcome.changed], [['/c', { original: 'calm', fixed: 'calmer' }]]);
    assert.equal(outcome.applied, 1);
    assert.deepEqual(
      outcome.findings.map((f) => f.path),
      ['/a'],
      'the findings of the restored texts',
    );
  });

  test('a fix that never makes its finding go away stops after the pass limit', () => {
    const texts = new Map([['/a', '']]);
    let analyses = 0;
    const outcome = applyFixesInPasses(() => {
      analyses++;
      // Each pass's fix appends a character, and the finding comes back.
      return [finding('/a', texts.get('/a')!.length, texts.get('/a')!.length, 'x')];
    }, texts);
    assert.equal(outcome.applied, MAX_FIX_PASSES);
    assert.equal(texts.get('/a'), 'x'.repeat(MAX_FIX_PASSES));
    assert.equal(analyses, MAX_FIX_PASSES + 1);
    assert.equal(outcome.findings.length, 1, 'what is left is reported');
  });

  /** A finding in `path` whose one fix writes `edits` (undefined: a fix that cannot be written). */
  const fixing = (path: string, title: string, edits: TextEdit[] | undefined): EngineFinding => ({
    ...finding(path, 0, 0, ''),
    fixes: [{ title, edits: () => edits }],
  });

  test('two fixes breaking two files in one pass are each refused in their own file only', () => {
    const texts = new Map([
      ['/a', 'good'],
      ['/b', 'fine'],
    ]);
    const outcome = applyFixesInPasses(
      () => [
        ...(texts.get('/a') === 'good' ? [fixing('/a', 'breaks a', [{ path: '/a', start: 0, end: 0, newText: '{' }])] : []),
        ...(texts.get('/b') === 'fine' ? [fixing('/b', 'breaks b', [{ path: '/b', start: 0, end: 0, newText: '{' }])] : []),
        ...[...texts]
          .filter(([, text]) => text.includes('{'))
          .map(([path]) => ({ ...finding(path, 0, 0, ''), code: 'syntax-error', fixes: [] })),
      ],
      texts,
    );
    assert.deepEqual([...outcome.refused].sort(), [
      ['/a', ['breaks a']],
      ['/b', ['breaks b']],
    ]);
    assert.deepEqual(Object.fromEntries(texts), { '/a': 'good', '/b': 'fine' });
    assert.equal(outcome.applied, 0);
  });

  test('a fix with several edits in one file applies them all at their offsets in the original text', () => {
    const texts = new Map([['/a', 'abcd']]);
    let offered = false;
    const outcome = applyFixesInPasses(() => {
      if (offered) return [];
      offered = true;
      return [
        fixing('/a', 'two edits', [
          { path: '/a', start: 0, end: 1, newText: 'AB' },
          { path: '/a', start: 3, end: 4, newText: 'D' },
          { path: '/a', start: 2, end: 2, newText: '-' },
        ]),
      ];
    }, texts);
    assert.equal(texts.get('/a'), 'ABb-cD');
    assert.equal(outcome.applied, 1);
  });

  test('fixes that cannot be applied as written are skipped: unwritable, empty, overlapping, or reaching a file not analysed', () => {
    const texts = new Map([
      ['/a', 'abcdef'],
      ['/b', 'ghijkl'],
    ]);
    const outcome = applyFixesInPasses(
      () => [
        fixing('/a', 'unwritable', undefined),
        fixing('/a', 'empty', []),
        // Overlapping edits of /a, given out of order and with an edit of /b between them (by offset too).
        fixing('/a', 'overlapping', [
          { path: '/a', start: 3, end: 5, newText: 'x' },
          { path: '/b', start: 1, end: 6, newText: 'y' },
          { path: '/a', start: 0, end: 4, newText: 'z' },
        ]),
        fixing('/a', 'reaches another file', [
          { path: '/a', start: 0, end: 1, newText: 'A' },
          { path: '/elsewhere', start: 0, end: 0, newText: 'w' },
        ]),
      ],
      texts,
    );
    assert.deepEqual(Object.fromEntries(texts), { '/a': 'abcdef', '/b': 'ghijkl' });
    assert.equal(outcome.applied, 0);
    assert.equal(outcome.changed.size, 0);
  });

  test('edits that only touch (one ends where the next starts), or share offsets in two files, are applied', () => {
    const texts = new Map([
      ['/a', 'abcd'],
      ['/b', 'efgh'],
    ]);
    let offered = false;
    const outcome = applyFixesInPasses(() => {
      if (offered) return [];
      offered = true;
      return [
        fixing('/a', 'adjacent', [
          { path: '/a', start: 2, end: 4, newText: 'CD' },
          { path: '/b', start: 0, end: 2, newText: 'EF' },
          { path: '/a', start: 0, end: 2, newText: 'AB' },
        ]),
      ];
    }, texts);
    assert.deepEqual(Object.fromEntries(texts), { '/a': 'ABCD', '/b': 'EFgh' });
    assert.equal(outcome.applied, 1);
  });

  test('a fix that shares a file with a fix already chosen in this pass waits for the next pass', () => {
    const texts = new Map([
      ['/a', 'a'],
      ['/b', 'b'],
    ]);
    const seen: string[] = [];
    applyFixesInPasses(() => {
      seen.push(`${texts.get('/a')}|${texts.get('/b')}`);
      const findings: EngineFinding[] = [];
      if (texts.get('/a') === 'a') findings.push(fixing('/a', 'first', [{ path: '/a', start: 0, end: 1, newText: 'A' }]));
      // Computed from the current text of /a: applied in the same pass as the first, it would write over it.
      if (texts.get('/b') === 'b')
        findings.push(
          fixing('/b', 'second', [
            { path: '/b', start: 0, end: 1, newText: 'B' },
            { path: '/a', start: 0, end: texts.get('/a')!.length, newText: `${texts.get('/a')}+` },
          ]),
        );
      return findings;
    }, texts);
    assert.deepEqual(seen, ['a|b', 'A|b', 'A+|B']);
  });

  test('one fix per file per pass: the next is computed from the fixed text', () => {
    const texts = new Map([['/a', 'xy']]);
    const seen: string[] = [];
    const outcome = applyFixesInPasses(() => {
      const text = texts.get('/a')!;
      seen.push(text);
      // Each pass offers a fix for every lower-case letter left; two of them at once would be computed from one text.
      return [...text].flatMap((ch, i) => (ch === ch.toLowerCase() ? [finding('/a', i, i + 1, ch.toUpperCase())] : []));
    }, texts);
    assert.deepEqual(seen, ['xy', 'Xy', 'XY']);
    assert.equal(texts.get('/a'), 'XY');
    assert.equal(outcome.applied, 2);
  });
});
