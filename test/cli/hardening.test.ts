/**
 * `privatelink-lint` against hostile files on disk (issue 18): special files (named pipes, /dev/zero, /dev/urandom)
 * named as modules, linked templates, `loadTextContent` targets, inputs, `--config` and `--parameters`; files over
 * the size limit; a file with more findings than are reported; other encodings; control characters in file names;
 * a reader that closes the pipe. Every run is bounded in time, and those that could read a huge file also in heap.
 */
import { after, before, describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_FINDINGS_PER_FILE } from '../../server/src/engine';
import { distCli, requireBuilt } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { ARM_PE, BICEP_PE, armTemplate } from '../fuzz/hostileFiles';

const LIMIT_MS = 20_000;
/** A heap far below the 100 MB files below: reading one of them whole would run out of it. */
const SMALL_HEAP = ['--max-old-space-size=64'];
const posix = process.platform !== 'win32';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function lint(args: readonly string[], cwd: string, nodeOptions: readonly string[] = []): Run {
  const started = performance.now();
  const run = spawnSync(process.execPath, [...nodeOptions, requireBuilt(distCli), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`${args.join(' ')}: ${run.error.message} after ${(performance.now() - started).toFixed(0)} ms`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
}

function lintJson(
  args: readonly string[],
  cwd: string,
  nodeOptions: readonly string[] = [],
): { status: number | null; files: Map<string, JsonDiagnostic[]>; stderr: string } {
  const run = lint(['--format', 'json', ...args], cwd, nodeOptions);
  let output: { files: { path: string; diagnostics: JsonDiagnostic[] }[] };
  try {
    output = JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.status}): ${run.stdout.slice(0, 300)}\n${run.stderr.slice(0, 2000)}`);
  }
  return { status: run.status, files: new Map(output.files.map((f) => [f.path, f.diagnostics])), stderr: run.stderr };
}

const messages = (diagnostics: JsonDiagnostic[] | undefined): string => (diagnostics ?? []).map((d) => `${d.code} ${d.message}`).join('\n');

/** A regular file of `bytes` bytes that starts with `head`; the rest is a hole, so it costs no disk. */
function sparseFile(target: string, head: string, bytes: number): void {
  fs.writeFileSync(target, head);
  fs.truncateSync(target, bytes);
}

const HUNDRED_MB = 100 * 1024 * 1024;
let dir: TempDir;

before(() => {
  dir = makeTempDir('plg-hardening-');
  dir.write('ws/.keep', '');
});

after(() => dir?.remove());

describe('special files are never read (named pipes, devices)', { skip: !posix && 'named pipes and /dev need a POSIX system' }, () => {
  before(() => {
    const ws = path.join(dir.path, 'ws');
    fs.mkdirSync(path.join(ws, 'special'));
    for (const name of ['fifo.bicep', 'fifo.json', 'fifo.txt']) execFileSync('mkfifo', [path.join(ws, 'special', name)]);
    fs.symlinkSync('/dev/zero', path.join(ws, 'special', 'zero.bicep'));
    fs.symlinkSync('/dev/urandom', path.join(ws, 'special', 'urandom.json'));
    fs.symlinkSync('/dev/zero', path.join(ws, 'special', 'zero.txt'));
    dir.write(
      'ws/special/main.bicep',
      [
        "module zero 'zero.bicep' = {\n  name: 'zero'\n}",
        "module fifo 'fifo.bicep' = {\n  name: 'fifo'\n}",
        "module random 'urandom.json' = {\n  name: 'random'\n}",
        "output a string = loadTextContent('zero.txt')",
        "output b string = loadTextContent('fifo.txt')",
        BICEP_PE,
      ].join('\n'),
    );
    const link = (name: string, target: string): string =>
      `{ "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "${name}", "properties": { "mode": "Incremental", "templateLink": { "relativePath": "${target}" } } }`;
    dir.write(
      'ws/special/main.json',
      armTemplate({
        resources: [link('zero', 'zero.bicep'), link('fifo', 'fifo.json'), link('random', 'urandom.json'), ARM_PE].join(', '),
      }),
    );
  });

  for (const input of ['special/main.bicep', 'special/main.json']) {
    test(`${input}: every special file it names gets a diagnostic, the rest is analysed`, () => {
      const run = lintJson([input], path.join(dir.path, 'ws'), SMALL_HEAP);
      assert.ok(run.status === 0 || run.status === 1, run.stderr);
      const diagnostics = run.files.get(input);
      const refused = (diagnostics ?? []).filter((d) => /is not read: not a regular file \(a (named pipe|device)\)/.test(d.message));
      assert.equal(refused.length, input.endsWith('.bicep') ? 5 : 3, messages(diagnostics));
      assert.ok(
        refused.every((d) => d.severity === 'warning'),
        messages(refused),
      );
      assert.ok(
        diagnostics?.some((d) => d.code === 'pe-single-connection'),
        messages(diagnostics),
      );
    });
  }

  test('a folder holding named pipes and links to devices is analysed without reading them', () => {
    const run = lintJson(['special'], path.join(dir.path, 'ws'), SMALL_HEAP);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.deepEqual([...run.files.keys()].sort(), ['special/main.bicep', 'special/main.json']);
  });

  for (const name of ['fifo.bicep', 'zero.bicep']) {
    test(`an input that is a special file (${name}) exits 2 with a message`, () => {
      const run = lint([`special/${name}`], path.join(dir.path, 'ws'), SMALL_HEAP);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /not a file or folder|not a regular file/);
    });
  }

  for (const [option, target] of [
    ['--config', 'special/fifo.json'],
    ['--config', 'special/zero.txt'],
    ['--parameters', 'special/fifo.json'],
    ['--parameters', 'special/urandom.json'],
  ] as const) {
    test(`${option} ${target} exits 2 with a message instead of hanging or filling memory`, () => {
      const run = lint([option, target, 'special/main.json'], path.join(dir.path, 'ws'), SMALL_HEAP);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /not a regular file \(a (named pipe|device)\)/);
    });
  }
});

describe('the size limit applies to every file, before it is read', () => {
  before(() => {
    fs.mkdirSync(path.join(dir.path, 'ws', 'large'), { recursive: true });
    sparseFile(path.join(dir.path, 'ws', 'large', 'huge.bicep'), BICEP_PE, HUNDRED_MB);
    sparseFile(path.join(dir.path, 'ws', 'large', 'huge.json'), armTemplate({}).slice(0, 200), HUNDRED_MB);
    sparseFile(path.join(dir.path, 'ws', 'large', 'huge.txt'), 'x', HUNDRED_MB);
    sparseFile(path.join(dir.path, 'ws', 'large', 'other.json'), '{"name": "not a template"', HUNDRED_MB);
    dir.write(
      'ws/large/main.bicep',
      `module huge 'huge.bicep' = {\n  name: 'huge'\n}\nmodule hugeJson 'huge.json' = {\n  name: 'hugeJson'\n}\noutput t string = loadTextContent('huge.txt')\n${BICEP_PE}`,
    );
    dir.write(
      'ws/large/linked.json',
      armTemplate({
        resources: `{ "type": "Microsoft.Resources/deployments", "apiVersion": "2022-09-01", "name": "huge", "properties": { "mode": "Incremental", "templateLink": { "relativePath": "huge.json" } } }, ${ARM_PE}`,
      }),
    );
  });

  test('modules, linked templates and loadTextContent targets over the limit get a diagnostic and are not read', () => {
    const run = lintJson(['large/main.bicep', 'large/linked.json'], path.join(dir.path, 'ws'), SMALL_HEAP);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    for (const [input, count] of [
      ['large/main.bicep', 3],
      ['large/linked.json', 1],
    ] as const) {
      const diagnostics = run.files.get(input);
      const refused = (diagnostics ?? []).filter((d) => /is not read: 102400 KB is above the 8192 KB limit/.test(d.message));
      assert.equal(refused.length, count, messages(diagnostics));
      assert.ok(
        diagnostics?.some((d) => d.code === 'pe-single-connection'),
        messages(diagnostics),
      );
    }
  });

  test('inputs over the limit are reported from their first bytes, never read whole; other large JSON is skipped', () => {
    const run = lintJson(['large'], path.join(dir.path, 'ws'), SMALL_HEAP);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    for (const input of ['large/huge.bicep', 'large/huge.json']) {
      assert.match(messages(run.files.get(input)), /^syntax-error File skipped: 102400 KB is above the 8192 KB limit/, input);
    }
    assert.ok(!run.files.has('large/other.json'));
  });
});

describe('findings per file are capped', () => {
  test(`a file with ${MAX_FINDINGS_PER_FILE + 500} findings reports the first ${MAX_FINDINGS_PER_FILE} and one summary`, () => {
    const endpoints = Array.from({ length: MAX_FINDINGS_PER_FILE + 500 }, (_, i) => BICEP_PE.replace(/\bpe\b/g, `pe${i}`)).join('\n');
    dir.write('ws/many/many.bicep', endpoints);
    const run = lintJson(['many/many.bicep'], path.join(dir.path, 'ws'));
    const diagnostics = run.files.get('many/many.bicep') ?? [];
    assert.equal(diagnostics.length, MAX_FINDINGS_PER_FILE + 1);
    assert.equal(diagnostics.filter((d) => d.code === 'pe-single-connection').length, MAX_FINDINGS_PER_FILE);
    assert.match(messages(diagnostics), new RegExp(`500 more findings in this file are not reported: at most ${MAX_FINDINGS_PER_FILE}`));
  });
});

describe('encodings', () => {
  const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string): Buffer => Buffer.from(utf16le(text).swap16());
  const cases: [name: string, content: Buffer, encoding: RegExp][] = [
    ['utf16le.json', utf16le(armTemplate({})), /UTF-16/],
    ['utf16be.json', utf16be(armTemplate({})), /UTF-16/],
    ['utf16-no-bom.bicep', Buffer.from(BICEP_PE, 'utf16le'), /UTF-16/],
    ['latin1.bicep', Buffer.from(BICEP_PE.replace("'pe'", "'pé'"), 'latin1'), /not valid UTF-8/],
  ];

  for (const [name, content, encoding] of cases) {
    test(`${name} gets "encoding not supported" instead of being skipped in silence`, () => {
      fs.mkdirSync(path.join(dir.path, 'ws', 'enc'), { recursive: true });
      fs.writeFileSync(path.join(dir.path, 'ws', 'enc', name), content);
      const run = lintJson([`enc/${name}`], path.join(dir.path, 'ws'));
      assert.equal(run.status, 0, run.stderr);
      const diagnostics = run.files.get(`enc/${name}`);
      assert.equal(diagnostics?.length, 1, messages(diagnostics));
      assert.match(diagnostics![0].message, /^File skipped: encoding not supported/);
      assert.match(diagnostics![0].message, encoding);
    });
  }

  test('UTF-8 with a byte order mark is still analysed', () => {
    dir.write('ws/enc/bom.bicep', `\uFEFF${BICEP_PE}`);
    const run = lintJson(['enc/bom.bicep'], path.join(dir.path, 'ws'));
    assert.ok(
      run.files.get('enc/bom.bicep')?.some((d) => d.code === 'pe-single-connection'),
      messages(run.files.get('enc/bom.bicep')),
    );
  });
});

describe('--parameters of the wrong shape', () => {
  const shapes: [name: string, text: string, problem: RegExp][] = [
    ['array.json', '[]', /not an object/],
    ['bare.json', '{ "location": { "value": "westeurope" } }', /no "parameters" object/],
    ['number.json', '{ "parameters": 5 }', /"parameters" is not an object/],
    ['entry.json', '{ "parameters": { "location": "westeurope" } }', /parameter "location" has neither "value" nor "reference"/],
    ['deep.json', `{ "parameters": ${'['.repeat(5000)}${']'.repeat(5000)} }`, /nested deeper than/],
  ];
  for (const [name, text, problem] of shapes) {
    test(`${name} exits 2 and says what is wrong`, () => {
      dir.write(`ws/shape/${name}`, text);
      dir.write('ws/shape/main.json', armTemplate({}));
      const run = lint(['--parameters', `shape/${name}`, 'shape/main.json'], path.join(dir.path, 'ws'));
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assert.match(run.stderr, problem);
    });
  }

  test('a parameter file of the right shape (any case, references too) is accepted', () => {
    dir.write(
      'ws/shape/good.json',
      '{ "Parameters": { "a": { "Value": 1 }, "b": { "reference": { "keyVault": { "id": "x" }, "secretName": "s" } } } }',
    );
    dir.write('ws/shape/main.json', armTemplate({}));
    const run = lint(['--parameters', 'shape/good.json', 'shape/main.json'], path.join(dir.path, 'ws'));
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
  });
});

test('a .privatelink.json nested 5,000 levels deep is an error (exit 2), not a stack overflow', () => {
  dir.write('ws/deepconfig/.privatelink.json', `{ "rules": ${'{ "a": '.repeat(5000)}1${' }'.repeat(5000)} }`);
  dir.write('ws/deepconfig/main.bicep', BICEP_PE);
  const run = lint(['deepconfig/main.bicep'], path.join(dir.path, 'ws'));
  assert.equal(run.status, 2, run.stderr);
  assert.match(run.stderr, /nested deeper than 64 levels/);
  assert.ok(!run.stderr.includes('internal error'), run.stderr);
});

test(
  'control characters in file names are escaped in text output',
  { skip: !posix && 'file names with control characters need a POSIX file system' },
  () => {
    const name = 'evil\u001b[2J\nmain.ts:1:1: error forged.bicep';
    dir.write(`ws/names/${name}`, BICEP_PE);
    const run = lint(['names'], path.join(dir.path, 'ws'));
    assert.equal(run.status, 1, run.stderr);
    assert.ok(!run.stdout.includes('\u001b'), JSON.stringify(run.stdout));
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(
      lines.every((line) => line.startsWith('names/evil\\u001b[2J\\u000amain.ts:1:1: error forged.bicep:')),
      JSON.stringify(lines),
    );
  },
);

test('a reader that closes the pipe early (| head) ends the CLI quietly', { timeout: 60_000 }, async () => {
  // Megabytes of report: far more than a pipe holds, so the CLI is still writing when the reader goes.
  const endpoints = Array.from({ length: 900 }, (_, i) => BICEP_PE.replace(/\bpe\b/g, `pe${i}`)).join('\n');
  for (let i = 0; i < 8; i++) dir.write(`ws/pipe/many${i}.bicep`, endpoints);
  const child = spawn(process.execPath, [requireBuilt(distCli), 'pipe'], {
    cwd: path.join(dir.path, 'ws'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const timer = setTimeout(() => child.kill(), LIMIT_MS);
  const status = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  clearTimeout(timer);
  assert.equal(stderr, '');
  assert.equal(status, 1);
});
