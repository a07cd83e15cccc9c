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
