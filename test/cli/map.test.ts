/** `privatelink-lint --format mermaid` and `--format json --map`, in both languages, through the bundled CLI. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../support/cli';
import { mermaidProblems } from '../support/mermaidCheck';
import { testSource } from '../support/paths';

const fixtures = testSource('engine', 'fixtures', 'map');

test('--format mermaid prints one valid flowchart of every deployment, Bicep and ARM JSON, with findings marked', () => {
  const run = runCli(['--format', 'mermaid', 'hub-spoke.bicep', 'hub-spoke.json', 'module'], { cwd: fixtures });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(mermaidProblems(run.stdout), []);
  // One subgraph per file, paths as the user named them.
  for (const file of ['hub-spoke.bicep', 'hub-spoke.json', 'module/main.bicep', 'module/modules/endpoint.bicep']) {
    assert.match(run.stdout, new RegExp(`subgraph d\\d+_f\\d+\\["${file.replace(/\./g, '\\.')}"\\]`), file);
  }
  // The zone without a link to the spoke carries its warning, in both languages.
  assert.equal(run.stdout.match(/Private DNS zone<br\/>[^"]*1 finding#40;s#41;/g)?.length, 2);
  assert.ok((run.stdout.match(/class d[12]_n\d+ warning/g) ?? []).length >= 2);
  assert.equal(run.stdout.match(/DNS ❌ public/g)?.length, 2);
});

test('--format json --map adds the map model with display paths and line/character ranges', () => {
  const run = runCli(['--format', 'json', '--map', 'hub-spoke.json', 'params/main.bicepparam'], { cwd: fixtures });
  assert.equal(run.status, 0, run.stderr);
  const output = JSON.parse(run.stdout) as {
    files: unknown[];
    maps: {
      root: string;
      files: { path: string }[];
      nodes: { kind: string; path: string; range?: { start: { line: number } } }[];
      dnsPaths: { result: string }[];
    }[];
  };
  assert.equal(output.maps.length, 2);
  assert.deepEqual(
    output.maps.map((m) => m.root),
    ['hub-spoke.json', 'params/main.bicepparam'],
  );
  assert.deepEqual(
    output.maps[1].files.map((f) => f.path),
    ['params/main.bicep'],
  );
  const endpoint = output.maps[0].nodes.find((n) => n.kind === 'privateEndpoint')!;
  assert.equal(endpoint.path, 'hub-spoke.json');
  assert.equal(typeof endpoint.range?.start.line, 'number');
  assert.deepEqual(
    output.maps[1].dnsPaths.map((p) => p.result),
    ['public'],
  );
  // Without --map the output has no maps.
  const plain = JSON.parse(runCli(['--format', 'json', 'hub-spoke.json'], { cwd: fixtures }).stdout) as Record<string, unknown>;
  assert.equal('maps' in plain, false);
});

test('--map goes with --format json only; --format mermaid does not go with --fix', () => {
  for (const args of [
    ['--map', 'pls.bicep'],
    ['--format', 'sarif', '--map', 'pls.bicep'],
    ['--format', 'mermaid', '--fix', 'pls.bicep'],
  ]) {
    const run = runCli(args, { cwd: fixtures });
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /--map|--format mermaid/);
  }
});
