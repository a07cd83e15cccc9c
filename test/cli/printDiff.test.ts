// `--fix-dry-run`'s diff (cli/printDiff.ts) written directly: one patch per changed file, in path order, with `a/`
// and `b/` paths that use '/' on every platform (so `patch -p1` and `git apply` read it), and no separator line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unifiedDiff } from '../../server/src/cli/printDiff';

test('each changed file is one patch, in path order, with forward slashes', () => {
  const changed = new Map([
    ['/w/z.json', { original: 'a\nb\n', fixed: 'a\nc\n' }],
    ['C:\\w\\infra\\main.bicep', { original: 'x\n', fixed: 'y\n' }],
  ]);
  const diff = unifiedDiff(changed, (abs) => (abs.startsWith('C:') ? 'infra\\main.bicep' : 'z.json'));
  assert.equal(
    diff,
    [
      '--- a/infra/main.bicep',
      '+++ b/infra/main.bicep',
      '@@ -1,1 +1,1 @@',
      '-x',
      '+y',
      '--- a/z.json',
      '+++ b/z.json',
      '@@ -1,2 +1,2 @@',
      ' a',
      '-b',
      '+c',
      '',
    ].join('\n'),
  );
  assert.equal(
    unifiedDiff(new Map(), (p) => p),
    '',
  );
});

test('three lines of context around a change', () => {
  const original = ['1', '2', '3', '4', '5', '6', '7', '8', '9', ''].join('\n');
  const fixed = original.replace('5', 'five');
  const diff = unifiedDiff(new Map([['/w/f.json', { original, fixed }]]), () => 'f.json');
  assert.ok(diff.includes('@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n'), diff);
});
