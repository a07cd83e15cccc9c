/**
 * The GitHub Action's script (dist/action.js, the same sources as the committed action/dist/index.js) run as a job
 * runs it: inputs as `INPUT_<NAME>` variables, `GITHUB_STEP_SUMMARY` and `GITHUB_OUTPUT` files, the workspace as
 * working folder. Its findings must be exactly the CLI's.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, requireBuilt } from '../support/paths';
import { runCli } from '../support/cli';
import { sarifSchemaErrors } from '../support/sarifSchema';
import { makeTempDir, type TempDir } from '../support/tempDir';
import { annotationLines } from '../../server/src/action/annotations';
import { jobSummary, LISTED_FINDINGS } from '../../server/src/action/summary';
import { MAP_NODES_PER_FILE, MAP_SUMMARY_CHARS, mapSummary } from '../../server/src/action/mapSummary';
import { mermaidProblems } from '../support/mermaidCheck';
import type { MermaidMap } from '../../server/src/engine';
import type { ReportedFile } from '../../server/src/action/report';

const distAction = path.join(repoRoot, 'dist', 'action.js');

interface JobRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

let workspace: TempDir;

before(() => {
  workspace = makeTempDir('plg-action-');
  workspace.copy(path.join(repoRoot, 'samples'), 'infra');
  workspace.write(
    'only-warnings/storage.json',
    fs.readFileSync(path.join(repoRoot, 'samples', 'storage-blob-private-endpoint.json'), 'utf8'),
  );
});

after(() => workspace.remove());

function runJob(inputs: Record<string, string>): JobRun {
  const summaryFile = path.join(workspace.path, `summary-${Math.random().toString(36).slice(2)}.md`);
  const outputFile = path.join(workspace.path, `output-${Math.random().toString(36).slice(2)}.txt`);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace.path,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [requireBuilt(distAction)], { cwd: workspace.path, env, encoding: 'utf8', timeout: 60_000 });
  const read = (file: string): string => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  const outputs = Object.fromEntries(
    read(outputFile)
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, summary: read(summaryFile), outputs };
}

function cliFindings(...args: string[]): { file: string; code: string; severity: string; line: number }[] {
  const report = JSON.parse(runCli(['--format', 'json', ...args], { cwd: workspace.path }).stdout) as { files: ReportedFile[] };
  return report.files.flatMap((file) =>
    file.diagnostics.map((d) => ({ file: file.path, code: d.code, severity: d.severity, line: d.range.start.line + 1 })),
  );
}

describe('GitHub Action', () => {
  test('annotates every finding the CLI reports, and fails on error-level findings by default', () => {
    const job = runJob({ paths: 'infra' });
    assert.equal(job.status, 1, job.stderr);
    const expected = cliFindings('infra');
    assert.ok(expected.some((f) => f.severity === 'error') && expected.length >= 5, 'the samples hold errors and warnings');
    const annotations = job.stdout.split('\n').filter((line) => line.startsWith('::'));
    assert.equal(annotations.length, expected.length);
    for (const finding of expected) {
      const level = finding.severity === 'info' ? 'notice' : finding.severity;
      assert.ok(
        annotations.some(
          (a) => a.startsWith(`::${level} file=${finding.file},line=${finding.line},`) && a.includes(`title=${finding.code}::`),
        ),
        `annotation for ${finding.code} at ${finding.file}:${finding.line}`,
      );
    }
    assert.equal(job.outputs.findings, String(expected.length));
    assert.equal(job.outputs.errors, String(expected.filter((f) => f.severity === 'error').length));
  });

  test('the job summary counts findings per rule, as the CLI finds them', () => {
    const job = runJob({ paths: 'infra' });
    const expected = cliFindings('infra');
    const perRule = new Map<string, number>();
    for (const finding of expected) perRule.set(finding.code, (perRule.get(finding.code) ?? 0) + 1);
    assert.match(job.summary, /^## Azure Private Link Guidance/m);
    for (const [code, count] of perRule) {
      assert.match(job.summary, new RegExp(`^\\| \\[\`${code}\`\\]\\(https://[^)]+/${code}\\.md\\) \\| \\w+ \\| ${count} \\|$`, 'm'), code);
    }
  });

  test('the job summary ends with the Private Link map of each deployment as valid Mermaid; map: false leaves it out', () => {
    const job = runJob({ paths: 'infra' });
    const charts = [...job.summary.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
    assert.equal(charts.length, 4, 'one map per sample');
    for (const chart of charts) assert.deepEqual(mermaidProblems(chart), []);
    assert.match(job.summary, /### Private Link map/);
    assert.match(job.summary, /\*\*`infra\/key-vault-private-endpoint\.bicep`\*\*/);
    assert.doesNotMatch(runJob({ paths: 'infra', map: 'false' }).summary, /mermaid|Private Link map/);
  });

  test('fail-on decides which levels fail the job', () => {
    assert.equal(runJob({ paths: 'only-warnings' }).status, 0, 'warnings alone pass by default');
    assert.equal(runJob({ paths: 'only-warnings', 'fail-on': 'warning' }).status, 1);
    assert.equal(runJob({ paths: 'infra', 'fail-on': 'never' }).status, 0);
  });

  test('a wrong input is a usage error (exit 2) with an error annotation, not a crash', () => {
    const job = runJob({ paths: 'infra', 'fail-on': 'high' });
    assert.equal(job.status, 2);
    assert.match(job.stdout, /^::error title=privatelink-lint::input 'fail-on' must be error, warning, info or never, not 'high'$/m);
    const missing = runJob({ paths: 'no-such-folder' });
    assert.equal(missing.status, 2);
    assert.match(missing.stdout, /^::error title=privatelink-lint::privatelink-lint: .*no-such-folder/m);
    assert.equal(missing.stderr.includes('internal error'), false);
  });

  test('baseline: findings recorded in it are neither annotated nor counted', () => {
    assert.equal(runCli(['--write-baseline', 'baseline.json', 'infra'], { cwd: workspace.path }).status, 0);
    const job = runJob({ paths: 'infra', baseline: 'baseline.json' });
    assert.equal(job.status, 0, job.stdout + job.stderr);
    assert.equal(job.outputs.findings, '0');
    assert.equal(job.stdout.split('\n').filter((line) => line.startsWith('::')).length, 0);
  });

  test('writes a SARIF 2.1.0 report with one result per finding', () => {
    const job = runJob({ paths: 'infra', 'sarif-file': 'reports/privatelink.sarif', annotations: 'false' });
    assert.equal(job.outputs['sarif-file'], 'reports/privatelink.sarif');
    assert.equal(job.stdout.split('\n').filter((line) => line.startsWith('::')).length, 0, 'annotations: false');
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace.path, 'reports', 'privatelink.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0\.json$/);
    assert.deepEqual(sarifSchemaErrors(sarif), [], 'valid against the SARIF 2.1.0 schema');
    const [run] = sarif.runs;
    assert.equal(run.tool.driver.name, 'privatelink-lint');
    const ruleIds = new Set(run.tool.driver.rules.map((rule: { id: string }) => rule.id));
    const expected = cliFindings('infra');
    assert.equal(run.results.length, expected.length);
    for (const result of run.results) {
      assert.ok(ruleIds.has(result.ruleId), `rule ${result.ruleId} is described`);
      assert.ok(['error', 'warning', 'note'].includes(result.level), result.level);
      assert.equal(typeof result.message.text, 'string');
      const location = result.locations[0].physicalLocation;
      assert.match(location.artifactLocation.uri, /^infra\//);
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
  });
});

describe('GitHub Action: annotations and summary text', () => {
  test('the schema check can fail: a result with a level SARIF does not know is refused', () => {
    assert.deepEqual(
      sarifSchemaErrors({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
      }).length > 0,
      true,
    );
  });

  const finding = (message: string, line = 3): ReportedFile['diagnostics'][number] => ({
    code: 'pe-dns-zone-group',
    severity: 'warning',
    message,
    range: { start: { line, character: 4 }, end: { line, character: 9 } },
  });

  test('workflow commands escape what would end or split them', () => {
    const [line] = annotationLines([{ path: 'a,b:c%.json', language: 'arm', diagnostics: [finding('100% sure\nnext line')] }]);
    assert.equal(line, '::warning file=a%2Cb%3Ac%25.json,line=4,col=5,endColumn=10,title=pe-dns-zone-group::100%25 sure%0Anext line');
  });

  test("a finding repeated at a caller's argument is counted once, as the module's finding", () => {
    const inModule = finding('no zone group', 6);
    const repeated = { ...finding('The value passed here causes this finding', 12), causes: { path: 'modules/pe.bicep' } };
    const summary = jobSummary(
      [
        { path: 'main.bicep', language: 'bicep', diagnostics: [repeated] },
        { path: 'modules/pe.bicep', language: 'bicep', diagnostics: [inModule] },
      ],
      '',
    );
    assert.match(summary, /^1 finding\(s\) in 1 of 2 analysed file\(s\)/m);
    assert.match(summary, /\| 1 \|$/m);
  });

  test('the summary keeps table cells whole and lists at most LISTED_FINDINGS findings', () => {
    const many = Array.from({ length: LISTED_FINDINGS + 5 }, (_, i) => finding(`a | b ${i}`, i));
    const summary = jobSummary([{ path: 'main.bicep', language: 'bicep', diagnostics: many }], 'https://example.test/docs');
    assert.match(summary, /\| a \\\| b 0 \|/);
    assert.equal(summary.split('\n').filter((line) => line.startsWith('| `main.bicep:')).length, LISTED_FINDINGS);
    assert.match(summary, /… and 5 more/);
    assert.match(jobSummary([{ path: 'x.bicep', language: 'bicep', diagnostics: [] }], ''), /No finding in 1 analysed file/);
  });

  test('the map summary stays bounded: resources per file and deployments, saying what it left out', () => {
    const big = (root: string): MermaidMap => {
      const nodes = Array.from({ length: 200 }, (_, i) => ({
        id: `n${i + 1}`,
        kind: 'privateDnsZone' as const,
        label: `'privatelink.zone${i}.example'`,
        declaration: 'declared' as const,
        path: root,
        details: [],
        findings: [],
      }));
      return { version: 1, root, files: [{ path: root, nodes: nodes.map((n) => n.id) }], nodes, edges: [], dnsPaths: [] };
    };
    const summary = mapSummary(Array.from({ length: 100 }, (_, i) => big(`main${i}.bicep`)));
    assert.ok(summary.length < MAP_SUMMARY_CHARS + 10_000, `summary of ${summary.length} characters`);
    assert.match(summary, new RegExp(`175 resource\\(s\\) beyond ${MAP_NODES_PER_FILE} per file not drawn`));
    assert.match(summary, /… and the maps of \d+ more deployment\(s\), left out/);
    const first = /```mermaid\n([\s\S]*?)```/.exec(summary)![1];
    assert.deepEqual(mermaidProblems(first), []);
    assert.equal(mapSummary([]), '');
    // One deployment of many files: each chart stays within what Mermaid renders (50,000 characters, 500 edges).
    const wide = big('wide.bicep');
    const files = Array.from({ length: 80 }, (_, f) => ({
      path: `m${f}.bicep`,
      nodes: wide.nodes.slice(0, 20).map((n) => `${n.id}_${f}`),
    }));
    const nodes = files.flatMap((file, f) => wide.nodes.slice(0, 20).map((n) => ({ ...n, id: `${n.id}_${f}`, path: file.path })));
    const edges = nodes.slice(1).map((n, i) => ({ from: nodes[i].id, to: n.id, kind: 'hasLink' as const }));
    const chart = mapSummary([{ ...wide, files, nodes, edges }]);
    for (const match of chart.matchAll(/```mermaid\n([\s\S]*?)```/g)) {
      assert.ok(match[1].length <= 50_000);
      assert.ok(match[1].split('\n').filter((line) => / -->| -\.-/.test(line)).length <= 500);
    }
    assert.match(chart, /beyond (10|3) per file not drawn|too large for one diagram/);
  });
});
