/**
 * `--format mermaid` output parsed by the `mermaid` package's own parser (issue 15), beside the stricter subset check
 * of test/support/mermaidCheck.ts: the map baselines, the samples, and a template whose names hold every character
 * Mermaid gives a meaning to. A broken document is parsed too, so the test shows it can fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distCli, repoRoot, requireBuilt, testSource } from '../support/paths';

interface Parsed {
  readonly name: string;
  readonly error: string | null;
}

function parseAll(documents: readonly { name: string; text: string }[]): Parsed[] {
  const run = spawnSync(process.execPath, [testSource('support', 'mermaidParse.mjs')], {
    input: JSON.stringify(documents),
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as Parsed[];
}

function mermaidOf(file: string): string {
  const run = spawnSync(process.execPath, [requireBuilt(distCli), '--format', 'mermaid', file], { encoding: 'utf8', cwd: repoRoot });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return run.stdout;
}

const HOSTILE_NAME = 'pe-"a"[b]{c}#d<e>|f`g(h);i&j';

test('the mermaid package parses the map baselines, the samples and names full of Mermaid syntax, and rejects a broken document', () => {
  const documents: { name: string; text: string }[] = [];
  const baselines = testSource('engine', 'baselines', 'map');
  for (const name of fs.readdirSync(baselines).filter((n) => n.endsWith('.mmd'))) {
    documents.push({ name, text: fs.readFileSync(path.join(baselines, name), 'utf8') });
  }
  const samples = path.join(repoRoot, 'samples');
  for (const name of fs.readdirSync(samples)) documents.push({ name, text: mermaidOf(path.join(samples, name)) });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privatelink-mermaid-'));
  const hostile = path.join(dir, 'hostile.json');
  fs.writeFileSync(
    hostile,
    JSON.stringify({
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      resources: [
        {
          type: 'Microsoft.Network/privateEndpoints',
          apiVersion: '2023-09-01',
          name: HOSTILE_NAME,
          location: 'westeurope',
          properties: {
            subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet|x', 'snet]y')]" },
            privateLinkServiceConnections: [
              {
                name: 'c',
                properties: { privateLinkServiceId: "[resourceId('Microsoft.Storage/storageAccounts', 'st#1')]", groupIds: ['blob'] },
              },
            ],
          },
        },
      ],
    }),
  );
  try {
    const hostileText = mermaidOf(hostile);
    assert.match(hostileText, /flowchart/);
    documents.push({ name: 'hostile names', text: hostileText });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  documents.push({ name: 'broken (control)', text: 'flowchart LR\n  n1["unclosed --> n2\n' });

  const results = parseAll(documents);
  assert.equal(results.length, documents.length);
  const control = results.pop()!;
  assert.notEqual(control.error, null, 'the parser must reject a broken document');
  assert.deepEqual(
    results.filter((r) => r.error !== null),
    [],
  );
  assert.ok(results.length >= 9, `parsed ${results.length} documents`);
});
