/** `privatelink-lint` end to end on fixture folders: exit codes, the three formats, discovery and config files. */
import { describeRules } from '../../server/src/engine';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../support/cli';
import { sarifSchemaErrors } from '../support/sarifSchema';
import { repoRoot, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const fixtures = testSource('cli', 'fixtures');
const RULE_IDS = Object.keys(
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).contributes.configuration.properties['privateLink.rules']
    .properties,
);
const TEXT_LINE = /^(.+):(\d+):(\d+): (error|warning|info) ([a-z0-9]+(?:-[a-z0-9]+)*) (.+)$/;

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { path: string; range: JsonRange; newText: string }[] }[];
}
interface JsonOutput {
  version: number;
  files: { path: string; language: string; diagnostics: JsonDiagnostic[] }[];
}

function lintJson(args: string[], cwd = fixtures): { status: number | null; output: JsonOutput; stderr: string } {
  const run = runCli(['--format', 'json', ...args], { cwd });
  let output: JsonOutput;
  try {
    output = JSON.parse(run.stdout) as JsonOutput;
  } catch (error) {
    throw new Error(`stdout is not JSON (${String(error)}):\n${run.stdout}\n${run.stderr}`);
  }
  return { status: run.status, output, stderr: run.stderr };
}

function codesOf(output: JsonOutput): string[] {
  return output.files.flatMap((file) => file.diagnostics.map((d) => d.code));
}

function assertRange(range: JsonRange, where: string): void {
  assert.deepEqual(Object.keys(range).sort(), ['end', 'start'], where);
  for (const position of [range.start, range.end]) {
    assert.deepEqual(Object.keys(position).sort(), ['character', 'line'], where);
    assert.ok(Number.isInteger(position.line) && position.line >= 0, where);
    assert.ok(Number.isInteger(position.character) && position.character >= 0, where);
  }
  assert.ok(
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character),
    `${where}: start after end`,
  );
}

describe('privatelink-lint usage', () => {
  test('--help prints usage and exits 0', () => {
    const run = runCli(['--help'], { cwd: fixtures });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: privatelink-lint \[options\] <file-or-folder>/);
    for (const option of ['--format', '--parameters', '--config', '--help', '--version']) assert.ok(run.stdout.includes(option), option);
  });

  test('rules lists every rule with its default level and title, as text and as JSON, and lints nothing', () => {
    const text = runCli(['rules'], { cwd: fixtures });
    assert.equal(text.status, 0);
    const lines = text.stdout.trim().split('\n');
    assert.equal(lines.length, describeRules().length);
    const dnsLine = lines.find((l) => l.startsWith('pe-dns-zone-group '));
    assert.match(dnsLine ?? '', /^pe-dns-zone-group +warning +A private endpoint to an Azure service has a private DNS zone group\.$/);
    const json = runCli(['rules', '--format', 'json'], { cwd: fixtures });
    assert.equal(json.status, 0);
    assert.deepEqual(JSON.parse(json.stdout).rules, describeRules());
    assert.equal(runCli(['rules', '--format', 'sarif'], { cwd: fixtures }).status, 2);
  });

  test('explain prints the rule page; an unknown id or a missing id is a usage error (exit 2)', () => {
    const run = runCli(['explain', 'pls-standard-load-balancer'], { cwd: fixtures });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'pls-standard-load-balancer.md'), 'utf8'));
    const unknown = runCli(['explain', '../../package'], { cwd: fixtures });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown rule id "\.\.\/\.\.\/package"/);
    assert.equal(runCli(['explain'], { cwd: fixtures }).status, 2);
  });

  test('--version prints the package version', () => {
    const run = runCli(['--version'], { cwd: fixtures });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  });

  for (const [name, args] of [
    ['no input', []],
    ['an unknown option', ['--frobnicate', 'clean']],
    ['an unknown format', ['--format', 'xml', 'clean']],
    ['--format without a value', ['clean', '--format']],
    ['--config without a value', ['--config']],
  ] as const) {
    test(`${name} is bad usage: exit 2, message on stderr, nothing on stdout`, () => {
      const run = runCli(args, { cwd: fixtures });
      assert.equal(run.status, 2);
      // One line naming the mistake and one pointing at --help: a usage mistake is never an internal error.
      assert.match(run.stderr, /^privatelink-lint: (?!internal error)[^\n]+\nTry "privatelink-lint --help"\.\n$/);
      assert.equal(run.stdout, '');
    });
  }

  for (const flag of ['--help', '-h', '--version', '-v']) {
    test(`${flag} answers and stops: it lints none of the inputs beside it`, () => {
      // `errors` holds error-level findings: linting it would print them and exit 1.
      const run = runCli([flag, 'errors'], { cwd: fixtures });
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      const expected = flag.includes('h') ? /^Usage: privatelink-lint[\s\S]*Exit status: [^\n]+\n$/ : /^\d+\.\d+\.\d+\n$/;
      assert.match(run.stdout, expected);
      assert.ok(!run.stdout.includes('error pls-') && !run.stdout.includes('error pe-'), 'no finding printed');
    });
  }

  test('a path that does not exist exits 2 and names it', () => {
    const run = runCli(['no/such/file.bicep'], { cwd: fixtures });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no\/such\/file\.bicep/);
  });

  test('an unreadable --config or --parameters file exits 2', () => {
    assert.equal(runCli(['--config', 'configs/missing.json', 'clean'], { cwd: fixtures }).status, 2);
    assert.equal(runCli(['--parameters', 'parameters/missing.json', 'parameters/storage.json'], { cwd: fixtures }).status, 2);
  });

  test('a --config file that is not valid JSON exits 2', () => {
    const run = runCli(['--config', 'configs/broken.json', 'errors'], { cwd: fixtures });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /configs\/broken\.json/);
  });
});

describe('privatelink-lint exit status and text output', () => {
  test('a clean file: exit 0, no output', () => {
    const run = runCli(['clean/clean.bicep'], { cwd: fixtures });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, '');
    assert.equal(run.status, 0);
  });

  test('warnings only: exit 0, one "path:line:col: severity code message" line each', () => {
    const run = runCli(['project/storage-pe.json'], { cwd: fixtures });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 0);
    for (const line of lines) {
      const match = TEXT_LINE.exec(line);
      assert.ok(match, `not in the text format: ${line}`);
      assert.equal(match[1], 'project/storage-pe.json');
      assert.notEqual(match[4], 'error');
    }
    assert.ok(lines.some((line) => TEXT_LINE.exec(line)![5] === 'pe-dns-zone-group'));
  });

  test('an error-level finding: exit 1', () => {
    const run = runCli(['errors/pls-basic.bicep'], { cwd: fixtures });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^errors\/pls-basic\.bicep:\d+:\d+: error pls-standard-load-balancer /m);
  });

  test('text positions are the JSON positions plus one', () => {
    const text = runCli(['errors/pls-basic.bicep'], { cwd: fixtures }).stdout.trimEnd().split('\n');
    const { output } = lintJson(['errors/pls-basic.bicep']);
    const diagnostics = output.files[0].diagnostics;
    assert.equal(text.length, diagnostics.length);
    diagnostics.forEach((diagnostic, i) => {
      const match = TEXT_LINE.exec(text[i])!;
      assert.equal(Number(match[2]), diagnostic.range.start.line + 1);
      assert.equal(Number(match[3]), diagnostic.range.start.character + 1);
      assert.equal(match[5], diagnostic.code);
    });
  });

  test('a file that does not parse is a syntax-error at error level, not a crash', () => {
    const { status, output } = lintJson(['broken/broken.json']);
    assert.equal(status, 1);
    const diagnostics = output.files.find((f) => f.path === 'broken/broken.json')?.diagnostics ?? [];
    const syntaxError = diagnostics.find((d) => d.code === 'syntax-error');
    assert.ok(syntaxError, JSON.stringify(output));
    assert.equal(syntaxError.severity, 'error');
  });
});

describe('privatelink-lint --format json', () => {
  test('matches the documented shape exactly', () => {
    const { status, output } = lintJson(['project/storage-pe.json', 'errors/pls-basic.bicep', 'clean/clean.bicep']);
    assert.equal(status, 1);
    assert.deepEqual(Object.keys(output).sort(), ['files', 'version']);
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f) => f.path),
      ['project/storage-pe.json', 'errors/pls-basic.bicep', 'clean/clean.bicep'],
    );
    for (const file of output.files) {
      assert.deepEqual(Object.keys(file).sort(), ['diagnostics', 'language', 'path']);
      assert.ok(['arm', 'arm-parameters', 'bicep', 'bicep-params'].includes(file.language), file.language);
      for (const diagnostic of file.diagnostics) {
        const where = `${file.path} ${diagnostic.code}`;
        assert.deepEqual(Object.keys(diagnostic).sort(), ['code', 'fixes', 'message', 'range', 'severity'], where);
        assert.ok(['error', 'warning', 'info'].includes(diagnostic.severity), where);
        assert.ok(typeof diagnostic.message === 'string' && diagnostic.message.length > 0, where);
        assertRange(diagnostic.range, where);
        for (const fix of diagnostic.fixes) {
          assert.deepEqual(Object.keys(fix).sort(), ['edits', 'title'], where);
          assert.ok(fix.edits.length > 0, where);
          for (const edit of fix.edits) {
            assert.deepEqual(Object.keys(edit).sort(), ['newText', 'path', 'range'], where);
            assert.equal(typeof edit.newText, 'string');
            assertRange(edit.range, where);
          }
        }
      }
    }
    assert.equal(output.files[0].language, 'arm');
    assert.equal(output.files[1].language, 'bicep');
    assert.deepEqual(output.files[2].diagnostics, []);
  });

  test('the pe-dns-zone-group fix edits the analysed file, by the path given', () => {
    const { output } = lintJson(['project/storage-pe.json']);
    const finding = output.files[0].diagnostics.find((d) => d.code === 'pe-dns-zone-group');
    assert.ok(finding && finding.fixes.length > 0, JSON.stringify(output));
    for (const edit of finding.fixes[0].edits) assert.equal(edit.path, 'project/storage-pe.json');
  });
});

describe('privatelink-lint --format sarif', () => {
  test('is SARIF 2.1.0 with one rule per rule id and results pointing at them', () => {
    const run = runCli(['--format', 'sarif', 'project/storage-pe.json', 'errors/pls-basic.bicep'], { cwd: fixtures });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(sarifSchemaErrors(sarif), [], 'valid against the SARIF 2.1.0 schema');
    assert.match(sarif.$schema, /sarif/);
    assert.equal(sarif.runs.length, 1);
    const [sarifRun] = sarif.runs;
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'privatelink-lint');
    const ruleIds: string[] = driver.rules.map((rule: { id: string }) => rule.id);
    for (const id of [...RULE_IDS, 'syntax-error']) assert.ok(ruleIds.includes(id), `rule ${id}`);
    assert.equal(new Set(ruleIds).size, ruleIds.length, 'rule ids are unique');
    for (const rule of driver.rules) {
      assert.equal(typeof rule.name, 'string');
      assert.ok(rule.shortDescription.text.length > 0, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      if (RULE_IDS.includes(rule.id)) assert.match(rule.helpUri, new RegExp(`docs/rules/${rule.id}\\.md$`));
    }
    assert.equal(driver.rules.find((r: { id: string }) => r.id === 'pls-standard-load-balancer').defaultConfiguration.level, 'error');

    assert.ok(sarifRun.results.length > 0);
    for (const result of sarifRun.results) {
      assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.ok(result.message.text.length > 0);
      const location = result.locations[0].physicalLocation;
      assert.ok(['project/storage-pe.json', 'errors/pls-basic.bicep'].includes(location.artifactLocation.uri));
      assert.equal(location.artifactLocation.uriBaseId, 'SRCROOT');
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
    assert.ok(
      sarifRun.results.some((r: { ruleId: string; level: string }) => r.ruleId === 'pls-standard-load-balancer' && r.level === 'error'),
    );
  });
});

describe('privatelink-lint folder discovery and config', () => {
  let temp: TempDir;

  before(() => {
    temp = makeTempDir('plg-cli-');
    temp.copy(path.join(fixtures, 'project'), 'project');
    // Created here rather than committed: git itself ignores node_modules/ and cannot hold a .git folder.
    const failing = fs.readFileSync(path.join(fixtures, 'errors', 'pls-basic.bicep'), 'utf8');
    temp.write('project/node_modules/some-package/pls.bicep', failing);
    temp.write('project/.git/pls.bicep', failing);
  });

  after(() => temp?.remove());

  test('folders are searched recursively, skipping node_modules, .git and JSON that is not a template', () => {
    const { status, output } = lintJson(['project'], temp.path);
    assert.equal(status, 1);
    assert.deepEqual(output.files.map((f) => f.path).sort(), [
      path.join('project', 'nested', 'deeper', 'clean.bicep'),
      path.join('project', 'nested', 'pls-basic.bicep'),
      path.join('project', 'storage-pe.json'),
    ]);
  });

  test('--config replaces the nearest .privatelink.json', () => {
    const off = lintJson(['--config', 'configs/pls-off.json', 'errors/pls-basic.bicep']);
    assert.ok(!codesOf(off.output).includes('pls-standard-load-balancer'));
    assert.equal(off.status, 0);

    const info = lintJson(['--config', 'configs/pls-info.json', 'errors/pls-basic.bicep']);
    const finding = info.output.files[0].diagnostics.find((d) => d.code === 'pls-standard-load-balancer');
    assert.equal(finding?.severity, 'info');
    assert.equal(info.status, 0);

    // --config wins over the .privatelink.json next to the file.
    const replaced = lintJson(['--config', 'configs/pls-info.json', 'with-config/pls-basic.bicep']);
    assert.equal(replaced.output.files[0].diagnostics.find((d) => d.code === 'pls-standard-load-balancer')?.severity, 'info');
  });

  test('the nearest .privatelink.json applies', () => {
    const { status, output } = lintJson(['with-config/pls-basic.bicep']);
    assert.ok(!codesOf(output).includes('pls-standard-load-balancer'), JSON.stringify(output));
    assert.equal(status, 0);
  });

  test('--parameters applies the parameter file to the template', () => {
    const withDefaults = lintJson(['parameters/storage.json']);
    assert.ok(!codesOf(withDefaults.output).includes('pe-target-public-access'), 'the default is Disabled');
    const withParameters = lintJson(['--parameters', 'parameters/storage.public.parameters.json', 'parameters/storage.json']);
    assert.ok(codesOf(withParameters.output).includes('pe-target-public-access'), JSON.stringify(withParameters.output));
  });

  test('absolute inputs print absolute paths', () => {
    const absolute = path.join(fixtures, 'errors', 'pls-basic.bicep');
    const { output } = lintJson([absolute], temp.path);
    assert.equal(output.files[0].path, absolute);
  });
});
