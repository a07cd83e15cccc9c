/** Argument parsing of privatelink-lint, without spawning it. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseArgs, UsageError } from '../../server/src/cli/args';
import { workspaceRootFor } from '../../server/src/cli/run';

describe('parseArgs', () => {
  test('defaults to text and collects inputs in order', () => {
    assert.deepEqual(parseArgs(['a.bicep', 'dir']), {
      format: 'text',
      parameters: undefined,
      config: undefined,
      inputs: ['a.bicep', 'dir'],
      help: false,
      version: false,
    });
  });

  test('accepts "--option value" and "--option=value", anywhere', () => {
    const options = parseArgs(['dir', '--format=sarif', '--parameters', 'p.json', '--config=c.json', 'x.json']);
    assert.equal(options.format, 'sarif');
    assert.equal(options.parameters, 'p.json');
    assert.equal(options.config, 'c.json');
    assert.deepEqual(options.inputs, ['dir', 'x.json']);
  });

  test('everything after -- is an input', () => {
    assert.deepEqual(parseArgs(['--', '--format', '-x']).inputs, ['--format', '-x']);
  });

  test('--help and --version need no input', () => {
    assert.equal(parseArgs(['--help']).help, true);
    assert.equal(parseArgs(['-h']).help, true);
    assert.equal(parseArgs(['--version']).version, true);
    assert.equal(parseArgs(['-v']).version, true);
  });

  test('each option gives its own field, and only that one', () => {
    const base = { format: 'text', parameters: undefined, config: undefined, inputs: ['a'], help: false, version: false };
    assert.deepEqual(parseArgs(['--fix', 'a']), { ...base, fix: 'write' });
    assert.deepEqual(parseArgs(['--fix-dry-run', 'a']), { ...base, fix: 'dry-run' });
    assert.deepEqual(parseArgs(['--baseline', 'b.json', 'a']), { ...base, baseline: 'b.json' });
    assert.deepEqual(parseArgs(['--write-baseline=w.json', 'a']), { ...base, writeBaseline: 'w.json' });
    assert.deepEqual(parseArgs(['--format', 'json', '--map', 'a']), { ...base, format: 'json', map: true });
    assert.deepEqual(parseArgs(['--format=mermaid', 'a']), { ...base, format: 'mermaid' });
    assert.deepEqual(parseArgs(['--format', 'sarif', '--format', 'text', 'a']), base);
    assert.deepEqual(parseArgs(['--parameters=p.json', 'a']), { ...base, parameters: 'p.json' });
    assert.deepEqual(parseArgs(['--baseline=b.json', 'a']), { ...base, baseline: 'b.json' });
    assert.deepEqual(parseArgs(['--help']), { ...base, inputs: [], help: true });
    assert.deepEqual(parseArgs(['-v']), { ...base, inputs: [], version: true });
  });

  test('"-" is a file name, as an input and as a value; "=" after a short option is part of an unknown option', () => {
    assert.deepEqual(parseArgs(['-', '--parameters', '-']).inputs, ['-']);
    assert.equal(parseArgs(['-', '--parameters', '-']).parameters, '-');
    assert.equal(parseArgs(['--config', '-', 'a']).config, '-');
    assert.throws(
      () => parseArgs(['-h=1']),
      (error) => error instanceof UsageError && error.message === 'unknown option -h=1',
    );
    // A value may itself hold "=".
    assert.equal(parseArgs(['--config=a=b.json', 'x']).config, 'a=b.json');
  });

  test('rules and explain are commands, with their own options', () => {
    const base = { format: 'text', inputs: [], help: false, version: false };
    assert.deepEqual(parseArgs(['rules']), { ...base, command: { kind: 'rules' } });
    assert.deepEqual(parseArgs(['rules', '--format', 'json']), { ...base, format: 'json', command: { kind: 'rules' } });
    assert.deepEqual(parseArgs(['rules', '--format=text']), { ...base, command: { kind: 'rules' } });
    assert.deepEqual(parseArgs(['explain', 'pe-dns-zone-group']), { ...base, command: { kind: 'explain', id: 'pe-dns-zone-group' } });
    // Not first: a file or folder to lint.
    assert.deepEqual(parseArgs(['./rules', 'explain']).inputs, ['./rules', 'explain']);
    assert.equal(parseArgs(['a', 'rules']).command, undefined);
  });

  for (const argv of [
    [],
    ['--format'],
    ['--format', 'xml', 'a'],
    ['--format='],
    ['--nope', 'a'],
    ['--help=yes'],
    ['--config', 'a', '--config', 'b', 'x'],
  ]) {
    test(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArgs(argv), UsageError);
    });
  }
});

describe('workspaceRootFor', () => {
  test('the working folder when every input is inside it', () => {
    assert.equal(workspaceRootFor(['/w/a/x.bicep', '/w/b/y.json'], '/w'), '/w');
  });

  test('else the deepest folder holding every input', () => {
    assert.equal(workspaceRootFor(['/data/p/a/x.bicep', '/data/p/b/y.json'], '/w'), '/data/p');
    assert.equal(workspaceRootFor(['/data/p/a/x.bicep'], '/w'), '/data/p/a');
  });
});
