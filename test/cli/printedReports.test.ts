/**
 * The CLI's reports printed in full, in-process, compared with baselines in test/cli/baselines (UPDATE_BASELINES=1
 * rewrites them; read the diff before committing it): text, JSON, SARIF and the JSON map, on deployments with
 * modules, linked templates, .bicepparam files, fixes and related locations. Every field a printer writes is in a
 * baseline, so a printer that drops, renames or misplaces one fails here.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { describeRules, DOCS_BASE_URL } from '../../server/src/engine';
import { runCliInProcess as lint } from '../support/cliInProcess';
import { repoRoot, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const UPDATE = process.env.UPDATE_BASELINES === '1';
const BASELINES = testSource('cli', 'baselines');
const fixtures = testSource('cli', 'fixtures');
const INPUTS = ['deployments', 'fix/input'];
const VERSION = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

function assertBaseline(name: string, actual: string): void {
  const file = path.join(BASELINES, name);
  if (UPDATE) fs.writeFileSync(file, actual);
  assert.ok(fs.existsSync(file), `missing baseline ${name} (run with UPDATE_BASELINES=1 and review it)`);
  assert.equal(actual, fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n'), `baseline ${name} differs (UPDATE_BASELINES=1 to accept)`);
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
}

describe('printed reports', () => {
  test('text: one line per finding, files in input order, findings in file order', () => {
    const run = lint(INPUTS, { cwd: fixtures });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assertBaseline('report.txt', run.stdout);
  });

  test('JSON: every diagnostic with its range, fixes, basedOn, parameterFiles, causedBy and causes', () => {
    const run = lint(['--format', 'json', ...INPUTS], { cwd: fixtures });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assertBaseline('report.json', run.stdout);
  });

  test('SARIF: results with levels, locations, related locations, fixes and fingerprints; a descriptor per rule', () => {
    const run = lint(['--format', 'sarif', ...INPUTS], { cwd: fixtures });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const sarif = JSON.parse(run.stdout) as {
      runs: {
        tool: { driver: { version: string; semanticVersion: string; rules: SarifRule[] | string } };
        originalUriBaseIds: { SRCROOT: { uri: string } };
        results: { ruleId: string; ruleIndex: number | string }[];
      }[];
    };
    const [sarifRun] = sarif.runs;
    const driver = sarifRun.tool.driver;
    // What changes with the version or the machine is checked here and left out of the baseline.
    assert.equal(driver.version, VERSION);
    assert.equal(driver.semanticVersion, VERSION);
    assert.equal(sarifRun.originalUriBaseIds.SRCROOT.uri, pathToFileURL(fixtures + path.sep).href);
    const levels: Record<string, string> = { error: 'error', warning: 'warning', info: 'note' };
    const expectedRules: SarifRule[] = [
      ...describeRules().map((rule) => ({
        id: rule.id,
        name: rule.id
          .split('-')
          .map((part) => part[0].toUpperCase() + part.slice(1))
          .join(''),
        shortDescription: { text: rule.title },
        helpUri: `${DOCS_BASE_URL}${rule.id}.md`,
        defaultConfiguration: { level: levels[rule.defaultLevel] },
      })),
      {
        id: 'syntax-error',
        name: 'SyntaxError',
        shortDescription: { text: 'The file does not parse; rules ran on what could be read.' },
        defaultConfiguration: { level: 'error' },
      },
      {
        id: 'internal-error',
        name: 'InternalError',
        shortDescription: { text: 'The analyzer failed on this file; please report it.' },
        defaultConfiguration: { level: 'error' },
      },
    ];
    assert.deepEqual(driver.rules, expectedRules);
    assert.ok(
      (driver.rules as SarifRule[]).some((rule) => rule.name === 'PlsStandardLoadBalancer' && rule.defaultConfiguration.level === 'error'),
    );
    for (const result of sarifRun.results) {
      assert.equal(expectedRules[result.ruleIndex as number].id, result.ruleId);
      result.ruleIndex = '<index of ruleId>';
    }
    driver.version = driver.semanticVersion = '<version>';
    driver.rules = '<one per rule, checked above>';
    sarifRun.originalUriBaseIds.SRCROOT.uri = '<working folder>';
    assertBaseline('report.sarif.json', JSON.stringify(sarif, null, 2) + '\n');
  });

  test('SARIF: a file given by its absolute path is located by a file URI, without SRCROOT', () => {
    const absolute = path.join(fixtures, 'errors', 'pls-basic.bicep');
    const run = lint(['--format', 'sarif', absolute], { cwd: repoRoot });
    const result = (
      JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: object } }[] }[] }[] }
    ).runs[0].results[0];
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: pathToFileURL(absolute).href });
  });

  test('--fix-dry-run: one unified diff, files in path order, each with three lines of context', () => {
    const run = lint(['--fix-dry-run', 'fix/input/storage.json', 'fix/input/pls.bicep'], { cwd: fixtures });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assertBaseline('fixes.diff', run.stdout);
  });

  test('JSON with --map: the map of each deployment with display paths and line/character ranges', () => {
    const run = lint(['--format', 'json', '--map', 'errors/pls-basic.bicep', 'deployments/same-values'], { cwd: fixtures });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assertBaseline('map.json', run.stdout);
  });
});

describe('the baseline file', () => {
  let dir: TempDir;
  before(() => {
    dir = makeTempDir('plg-printed-baseline-');
    for (const input of INPUTS) dir.copy(path.join(fixtures, input), input);
  });
  after(() => dir.remove());

  test('--write-baseline records each finding by rule, file (relative to the baseline) and fingerprint, with counts', () => {
    fs.mkdirSync(path.join(dir.path, 'ci'));
    const run = lint(['--write-baseline', 'ci/privatelink-baseline.json', ...INPUTS], { cwd: dir.path });
    assert.deepEqual(run, { status: 0, stdout: '', stderr: 'privatelink-lint: 19 finding(s) recorded in ci/privatelink-baseline.json\n' });
    assertBaseline('privatelink-baseline.json', fs.readFileSync(path.join(dir.path, 'ci', 'privatelink-baseline.json'), 'utf8'));
  });
});
