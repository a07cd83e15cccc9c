/**
 * `privatelink-lint` called in-process (support/cliInProcess.ts): every exit status and every usage error of the
 * product contract, with the full text on stdout and stderr, so that mutation testing sees the run loop (the
 * process-level tests in cli.test.ts and others check the bundle the same way users run it).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import nodeFs from 'node:fs';
import { after, before, describe, mock, test } from 'node:test';
import { describeRules } from '../../server/src/engine';
import { runCli } from '../../server/src/cli/run';
import { runCliInProcess as lint } from '../support/cliInProcess';
import { repoRoot, testSource } from '../support/paths';
import { makeTempDir, type TempDir } from '../support/tempDir';

const fixtures = testSource('cli', 'fixtures');
const PLS_ERROR =
  'error pls-standard-load-balancer This load balancer sets no SKU, which means Basic, but Private Link services are not supported on a Basic load balancer, so the deployment fails: use the Standard SKU.';
const PLS_LINE = `errors/pls-basic.bicep:29:23: ${PLS_ERROR}\n`;
const DNS_LINE =
  'project/storage-pe.json:35:15: warning pe-dns-zone-group This private endpoint has no private DNS zone group, so clients keep resolving the service name to its public address: add a privateDnsZoneGroups child pointing at "privatelink.blob.core.windows.net".\n';
const TRY_HELP = 'Try "privatelink-lint --help".\n';
const VERSION = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/** A usage error: one line naming the mistake, one pointing at --help, nothing on stdout, exit 2. */
function assertUsageError(args: readonly string[], message: string, cwd = fixtures): void {
  const run = lint(args, { cwd });
  assert.deepEqual(run, { status: 2, stdout: '', stderr: `privatelink-lint: ${message}\n${TRY_HELP}` }, JSON.stringify(args));
}

describe('in-process: help, version, rules, explain', () => {
  for (const flag of ['--help', '-h']) {
    test(`${flag} prints the usage, exit 0, and lints none of the inputs beside it`, () => {
      const run = lint([flag, 'errors'], { cwd: fixtures });
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: privatelink-lint \[options\] <file-or-folder>\.\.\.\n/);
      assert.ok(!run.stdout.includes('pls-standard-load-balancer'), 'no finding printed');
      // Every option and command the README documents, with its argument.
      for (const option of [
        '--format <text|json|sarif|mermaid>',
        '--map',
        '--parameters <file>',
        '--config <file>',
        '--fix ',
        '--fix-dry-run',
        '--baseline <file>',
        '--write-baseline <file>',
        '-h, --help',
        '-v, --version',
        'privatelink-lint rules [--format text|json]',
        'privatelink-lint explain <rule-id>',
      ])
        assert.ok(run.stdout.includes(option), option);
      assert.ok(run.stdout.endsWith('\nExit status: 0 no error-level finding, 1 at least one, 2 bad usage or unreadable path.\n'));
    });
  }

  for (const flag of ['--version', '-v']) {
    test(`${flag} prints the package version, exit 0, and lints none of the inputs beside it`, () => {
      assert.deepEqual(lint([flag, 'errors'], { cwd: fixtures }), { status: 0, stdout: `${VERSION}\n`, stderr: '' });
    });
  }

  test('--help beside an unknown option is still that usage error', () => {
    assertUsageError(['--help', '--nope'], 'unknown option --nope');
  });

  test('rules lists every rule as text (aligned columns) or JSON, exit 0', () => {
    const text = lint(['rules'], { cwd: fixtures });
    assert.equal(text.status, 0);
    assert.equal(text.stderr, '');
    const rules = describeRules();
    const width = Math.max(...rules.map((r) => r.id.length));
    assert.equal(text.stdout, rules.map((r) => `${r.id.padEnd(width)}  ${r.defaultLevel.padEnd(7)}  ${r.title}`).join('\n') + '\n');
    assert.ok(text.stdout.includes('\npls-standard-load-balancer'.padEnd(width + 1) + '  error    '));
    for (const args of [
      ['rules', '--format', 'json'],
      ['rules', '--format=json'],
    ]) {
      const json = lint(args, { cwd: fixtures });
      assert.deepEqual({ ...json, stdout: JSON.parse(json.stdout) }, { status: 0, stdout: { rules }, stderr: '' });
      assert.equal(json.stdout, `${JSON.stringify({ rules }, null, 2)}\n`);
    }
    assert.deepEqual(lint(['rules', '--format', 'text'], { cwd: fixtures }), text);
  });

  test('explain prints the rule page (the id in any case), exit 0', () => {
    const page = fs.readFileSync(path.join(repoRoot, 'docs', 'rules', 'pe-dns-zone-group.md'), 'utf8');
    assert.deepEqual(lint(['explain', 'pe-dns-zone-group'], { cwd: fixtures }), { status: 0, stdout: page, stderr: '' });
    assert.deepEqual(lint(['explain', 'PE-DNS-Zone-Group'], { cwd: fixtures }), { status: 0, stdout: page, stderr: '' });
  });

  test('a folder named "rules" or "explain" is linted when written ./rules', () => {
    const dir = makeTempDir('plg-inproc-rules-');
    try {
      dir.write('rules/pls.bicep', fs.readFileSync(path.join(fixtures, 'errors', 'pls-basic.bicep'), 'utf8'));
      const run = lint(['./rules'], { cwd: dir.path });
      assert.deepEqual(run, { status: 1, stdout: `rules/pls.bicep:29:23: ${PLS_ERROR}\n`, stderr: '' });
    } finally {
      dir.remove();
    }
  });
});

describe('in-process: each usage error is named on stderr, exit 2', () => {
  const cases: [string[], string][] = [
    [[], 'no file or folder given'],
    [['--frobnicate', 'clean'], 'unknown option --frobnicate'],
    [['-x', 'clean'], 'unknown option -x'],
    [['--frobnicate=1', 'clean'], 'unknown option --frobnicate'],
    [['--format', 'xml', 'clean'], '--format must be text, json, sarif or mermaid, not "xml"'],
    [['--format=XML', 'clean'], '--format must be text, json, sarif or mermaid, not "XML"'],
    [['clean', '--format'], '--format needs a value'],
    [['--format', '--map', 'clean'], '--format needs a value'],
    [['--format=', 'clean'], '--format needs a value'],
    [['--config'], '--config needs a value'],
    [['--parameters', '--fix', 'clean'], '--parameters needs a value'],
    [['--baseline'], '--baseline needs a value'],
    [['--write-baseline'], '--write-baseline needs a value'],
    [['--help=yes'], '--help takes no value'],
    [['--version=1'], '--version takes no value'],
    [['--map=1', '--format', 'json', 'clean'], '--map takes no value'],
    [['--fix=yes', 'clean'], '--fix takes no value'],
    [['--fix-dry-run=yes', 'clean'], '--fix-dry-run takes no value'],
    [['--parameters', 'a.json', '--parameters=b.json', 'clean'], '--parameters may be given once'],
    [['--config', 'a', '--config', 'b', 'clean'], '--config may be given once'],
    [['--baseline', 'a', '--baseline', 'b', 'clean'], '--baseline may be given once'],
    [['--write-baseline', 'a', '--write-baseline', 'b', 'clean'], '--write-baseline may be given once'],
    [['--fix', '--fix', 'clean'], '--fix and --fix-dry-run may be given once, and not together'],
    [['--fix', '--fix-dry-run', 'clean'], '--fix and --fix-dry-run may be given once, and not together'],
    [['--fix-dry-run', '--format', 'json', 'clean'], '--fix-dry-run prints a diff: it takes no --format'],
    [['--fix-dry-run', '--format', 'mermaid', 'clean'], '--fix-dry-run prints a diff: it takes no --format'],
    [['--map', 'clean'], '--map adds the map to the JSON output: it goes with --format json (--format mermaid prints the map alone)'],
    [
      ['--map', '--format', 'sarif', 'clean'],
      '--map adds the map to the JSON output: it goes with --format json (--format mermaid prints the map alone)',
    ],
    [['--format', 'mermaid', '--fix', 'clean'], '--format mermaid prints the map: it does not go with --fix or --write-baseline'],
    [
      ['--format', 'mermaid', '--write-baseline', 'b.json', 'clean'],
      '--format mermaid prints the map: it does not go with --fix or --write-baseline',
    ],
    [['--baseline', 'a.json', '--write-baseline', 'b.json', 'clean'], '--baseline and --write-baseline cannot be given together'],
    [['--write-baseline', 'b.json', '--fix-dry-run', 'clean'], '--write-baseline records findings: it does not go with --fix-dry-run'],
    [['rules', '--format', 'sarif'], 'rules --format must be text or json, not "sarif"'],
    [['rules', '--format=mermaid'], 'rules --format must be text or json, not "mermaid"'],
    [['rules', '--format'], 'rules takes only --format, not "--format"'],
    [['rules', 'clean'], 'rules takes only --format, not "clean"'],
    [['rules', '--help'], 'rules takes only --format, not "--help"'],
    [['explain'], 'explain takes one rule id, e.g. "privatelink-lint explain pe-dns-zone-group"'],
    [['explain', 'a', 'b'], 'explain takes one rule id, e.g. "privatelink-lint explain pe-dns-zone-group"'],
    [['explain', '--help'], 'explain takes one rule id, e.g. "privatelink-lint explain pe-dns-zone-group"'],
    [['explain', '../../package'], 'unknown rule id "../../package"; "privatelink-lint rules" lists them'],
    [
      ['--parameters', 'parameters/missing.json', 'parameters/storage.json'],
      '--parameters parameters/missing.json: no such file or folder',
    ],
    [['--parameters', 'parameters', 'parameters/storage.json'], '--parameters parameters: is a folder'],
    [
      ['--parameters', 'parameters/storage.json', 'parameters/storage.json'],
      '--parameters parameters/storage.json: parameter "publicNetworkAccess" has neither "value" nor "reference"; expected an ARM parameter file like { "parameters": { "<name>": { "value": … } } }',
    ],
    [['--baseline', 'missing-baseline.json', 'clean'], '--baseline missing-baseline.json: no such file or folder'],
    [['--baseline', 'configs/broken.json', 'clean'], '--baseline configs/broken.json: not valid JSON'],
  ];
  for (const [args, message] of cases) test(`${JSON.stringify(args)}: ${message}`, () => assertUsageError(args, message));

  test('a control character in a usage error is escaped, not written to the terminal', () => {
    assertUsageError(['--format', 'x\u001b[31m', 'clean'], '--format must be text, json, sarif or mermaid, not "x\\u001b[31m"');
  });
});

describe('in-process: exit statuses of a lint', () => {
  test('a clean file: exit 0, nothing printed', () => {
    assert.deepEqual(lint(['clean/clean.bicep'], { cwd: fixtures }), { status: 0, stdout: '', stderr: '' });
  });

  test('warnings only: exit 0, one line each', () => {
    assert.deepEqual(lint(['project/storage-pe.json'], { cwd: fixtures }), { status: 0, stdout: DNS_LINE, stderr: '' });
  });

  test('an error-level finding: exit 1', () => {
    assert.deepEqual(lint(['errors/pls-basic.bicep'], { cwd: fixtures }), { status: 1, stdout: PLS_LINE, stderr: '' });
  });

  test('a file that does not parse: syntax-error findings at error level, exit 1', () => {
    const run = lint(['broken/broken.json'], { cwd: fixtures });
    assert.deepEqual(run, {
      status: 1,
      stdout: [
        'broken/broken.json:11:1: error syntax-error Invalid JSON: value expected.',
        'broken/broken.json:11:1: error syntax-error Invalid JSON: close brace expected.',
        'broken/broken.json:11:1: error syntax-error Invalid JSON: close bracket expected.',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  test('a path that does not exist: named on stderr, the other inputs still reported, exit 2 (over 1)', () => {
    const run = lint(['no/such.bicep', 'errors/pls-basic.bicep', 'clean'], { cwd: fixtures });
    assert.deepEqual(run, { status: 2, stdout: PLS_LINE, stderr: 'privatelink-lint: no/such.bicep: no such file or folder\n' });
    const alone = lint(['no/such.bicep', 'clean'], { cwd: fixtures });
    assert.deepEqual(alone, { status: 2, stdout: '', stderr: 'privatelink-lint: no/such.bicep: no such file or folder\n' });
  });

  test(
    'a file that cannot be read: named with the reason, the other inputs still reported, exit 2',
    { skip: !fs.existsSync('/proc/self/mem') && 'needs /proc (Linux)' },
    () => {
      // A regular file whose first read fails (EIO): the one way to refuse a root user a file it may open.
      assert.deepEqual(lint(['/proc/self/mem', 'errors/pls-basic.bicep'], { cwd: fixtures }), {
        status: 2,
        stdout: PLS_LINE,
        stderr: 'privatelink-lint: /proc/self/mem: cannot be read (EIO)\n',
      });
    },
  );

  test('the formats: JSON and SARIF carry the same findings and exit status', () => {
    const json = lint(['--format', 'json', 'errors/pls-basic.bicep', 'clean/clean.bicep'], { cwd: fixtures });
    assert.equal(json.status, 1);
    assert.equal(json.stderr, '');
    const output = JSON.parse(json.stdout) as {
      version: number;
      files: { path: string; language: string; diagnostics: { code: string }[] }[];
    };
    assert.equal(output.version, 1);
    assert.deepEqual(
      output.files.map((f) => [f.path, f.language, f.diagnostics.map((d) => d.code)]),
      [
        ['errors/pls-basic.bicep', 'bicep', ['pls-standard-load-balancer']],
        ['clean/clean.bicep', 'bicep', []],
      ],
    );
    const sarif = lint(['--format=sarif', 'errors/pls-basic.bicep'], { cwd: fixtures });
    assert.equal(sarif.status, 1);
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; level: string }[] }[] }).runs[0].results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level]),
      [['pls-standard-load-balancer', 'error']],
    );
    const warnings = lint(['--format', 'json', 'project/storage-pe.json'], { cwd: fixtures });
    assert.equal(warnings.status, 0);
  });

  test('--format mermaid prints the map of each deployment; --map adds it to JSON', () => {
    const mermaid = lint(['--format', 'mermaid', 'errors/pls-basic.bicep'], { cwd: fixtures });
    assert.equal(mermaid.status, 1);
    assert.equal(mermaid.stderr, '');
    assert.ok(mermaid.stdout.startsWith('flowchart LR\n  subgraph f1["errors/pls-basic.bicep"]\n'), mermaid.stdout);
    assert.ok(mermaid.stdout.includes('n3("Load balancer<br/>loadBalancer<br/>1 finding#40;s#41;")'), mermaid.stdout);
    const withMap = JSON.parse(lint(['--format', 'json', '--map', 'errors/pls-basic.bicep'], { cwd: fixtures }).stdout) as {
      maps?: unknown[];
    };
    assert.equal(withMap.maps?.length, 1);
    const withoutMap = JSON.parse(lint(['--format', 'json', 'errors/pls-basic.bicep'], { cwd: fixtures }).stdout) as { maps?: unknown[] };
    assert.equal(withoutMap.maps, undefined);
  });

  test('an unexpected failure is an internal error with its stack, exit 2 (never a usage message)', () => {
    let stderr = '';
    const status = runCli(['--version'], {
      cwd: fixtures,
      stdout: () => {
        throw new Error('stdout is gone');
      },
      stderr: (text) => (stderr += text),
    });
    assert.equal(status, 2);
    assert.match(stderr, /^privatelink-lint: internal error: Error: stdout is gone\n {4}at /);
    assert.ok(!stderr.includes(TRY_HELP));
    let thrown = '';
    const odd = runCli(['--help'], {
      cwd: fixtures,
      stdout: () => {
        throw 'not an Error';
      },
      stderr: (text) => (thrown += text),
    });
    assert.deepEqual([odd, thrown], [2, 'privatelink-lint: internal error: not an Error\n']);
  });
});

describe('in-process: inputs that are not analysed', () => {
  let dir: TempDir;
  before(() => {
    dir = makeTempDir('plg-inproc-');
    const utf16 = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const template = fs.readFileSync(path.join(fixtures, 'project', 'storage-pe.json'), 'utf8');
    fs.mkdirSync(path.join(dir.path, 'skipped'));
    fs.writeFileSync(path.join(dir.path, 'skipped', 'template.json'), utf16(template));
    fs.writeFileSync(path.join(dir.path, 'skipped', 'other.json'), utf16('{ "name": "not a template" }'));
    dir.write('skipped/package.json', '{ "name": "x" }');
  });
  after(() => dir.remove());

  const SKIPPED = 'skipped/template.json:1:1: info syntax-error File skipped: encoding not supported (UTF-16); save the file as UTF-8.\n';

  test('a template in another encoding is reported as skipped (info), not silently left out; exit 0', () => {
    assert.deepEqual(lint(['skipped'], { cwd: dir.path }), { status: 0, stdout: SKIPPED, stderr: '' });
    const json = JSON.parse(lint(['--format', 'json', 'skipped/template.json'], { cwd: dir.path }).stdout) as {
      files: { path: string; language: string; diagnostics: { code: string; severity: string; message: string }[] }[];
    };
    assert.deepEqual(json.files, [
      {
        path: 'skipped/template.json',
        language: 'arm',
        diagnostics: [
          {
            code: 'syntax-error',
            severity: 'info',
            message: 'File skipped: encoding not supported (UTF-16); save the file as UTF-8.',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            fixes: [],
          },
        ],
      },
    ]);
  });

  test('JSON that is not a template: named when given explicitly, silent when found in a folder; exit 0', () => {
    const skippedLine = (name: string): string => `privatelink-lint: ${name}: not an ARM template, parameter file or Bicep file; skipped\n`;
    assert.deepEqual(lint(['skipped/package.json', 'skipped/other.json'], { cwd: dir.path }), {
      status: 0,
      stdout: '',
      stderr: skippedLine('skipped/package.json') + skippedLine('skipped/other.json'),
    });
  });
});

describe('in-process: configuration', () => {
  let dir: TempDir;
  before(() => {
    dir = makeTempDir('plg-inproc-config-');
    const pls = fs.readFileSync(path.join(fixtures, 'errors', 'pls-basic.bicep'), 'utf8');
    dir.write('cfg/one.bicep', pls);
    dir.write('cfg/two.bicep', pls);
    dir.write('cfg/.privatelink.json', '{ "rules": { "no-such-rule": "off", "pls-standard-load-balancer": "loud" } }');
    dir.write('other/pls.bicep', pls);
    dir.write('other/.privatelink.json', '{ "rules": { "pls-standard-load-balancer": "warning" } }');
  });
  after(() => dir.remove());

  test("a config file's warnings are printed once, however many files it applies to", () => {
    const config = path.join(dir.path, 'cfg', '.privatelink.json');
    const run = lint(['cfg'], { cwd: dir.path });
    assert.deepEqual(run, {
      status: 1,
      stdout: `cfg/one.bicep:29:23: ${PLS_ERROR}\ncfg/two.bicep:29:23: ${PLS_ERROR}\n`,
      stderr:
        `privatelink-lint: warning: ${config}: unknown rule id "no-such-rule"\n` +
        `privatelink-lint: warning: ${config}: rule "pls-standard-load-balancer": level "loud" is not one of off, info, warning, error\n`,
    });
  });

  test('the nearest .privatelink.json applies to each file; --config replaces it for all', () => {
    const warning = PLS_ERROR.replace(/^error/, 'warning');
    assert.deepEqual(lint(['other'], { cwd: dir.path }), { status: 0, stdout: `other/pls.bicep:29:23: ${warning}\n`, stderr: '' });
    assert.deepEqual(lint(['--config', 'other/.privatelink.json', 'cfg/one.bicep'], { cwd: dir.path }), {
      status: 0,
      stdout: `cfg/one.bicep:29:23: ${warning}\n`,
      stderr: '',
    });
  });

  test('a broken or missing --config: its problem on stderr (not a usage hint), exit 2', () => {
    const broken = path.join(fixtures, 'configs', 'broken.json');
    assert.deepEqual(lint(['--config', 'configs/broken.json', 'errors'], { cwd: fixtures }), {
      status: 2,
      stdout: '',
      stderr: `privatelink-lint: ${broken}: not valid JSON (CloseBraceExpected at offset 51)\n`,
    });
    const missing = path.join(fixtures, 'configs', 'missing.json');
    assert.deepEqual(lint(['--config', 'configs/missing.json', 'errors'], { cwd: fixtures }), {
      status: 2,
      stdout: '',
      stderr: `privatelink-lint: ${missing}: cannot read the file: no such file or folder\n`,
    });
  });
});

describe('in-process: --parameters', () => {
  const EXPECTED = 'expected an ARM parameter file like { "parameters": { "<name>": { "value": … } } }';
  for (const [what, text, problem] of [
    ['a list', '[]', `not an object; ${EXPECTED}`],
    ['null', 'null', `not an object; ${EXPECTED}`],
    ['a bare object of values', '{ "publicNetworkAccess": "Enabled" }', `no "parameters" object; ${EXPECTED}`],
    ['"parameters" as a list', '{ "parameters": [] }', `"parameters" is not an object; ${EXPECTED}`],
    ['"parameters" as null', '{ "parameters": null }', `"parameters" is not an object; ${EXPECTED}`],
    ['an entry that is a string', '{ "parameters": { "a": "Enabled" } }', `parameter "a" has neither "value" nor "reference"; ${EXPECTED}`],
    ['an entry that is null', '{ "parameters": { "a": null } }', `parameter "a" has neither "value" nor "reference"; ${EXPECTED}`],
    ['an entry that is a list', '{ "parameters": { "a": [] } }', `parameter "a" has neither "value" nor "reference"; ${EXPECTED}`],
    [
      'an entry with neither',
      '{ "parameters": { "a": { "metadata": 1 } } }',
      `parameter "a" has neither "value" nor "reference"; ${EXPECTED}`,
    ],
  ] as const) {
    test(`a parameter file that is ${what} is a usage error naming it`, () => {
      const dir = makeTempDir('plg-inproc-params-');
      try {
        dir.write('p.json', text);
        dir.copy(path.join(fixtures, 'parameters', 'storage.json'), 'storage.json');
        assert.deepEqual(lint(['--parameters', 'p.json', 'storage.json'], { cwd: dir.path }), {
          status: 2,
          stdout: '',
          stderr: `privatelink-lint: --parameters p.json: ${problem}\n${TRY_HELP}`,
        });
      } finally {
        dir.remove();
      }
    });
  }

  test('a parameter file with references, or in any case, is applied; one that is not JSON is reported in it', () => {
    const dir = makeTempDir('plg-inproc-params-');
    try {
      dir.copy(path.join(fixtures, 'parameters', 'storage.json'), 'storage.json');
      dir.write(
        'ref.json',
        '{ "PARAMETERS": { "publicNetworkAccess": { "reference": { "keyVault": { "id": "x" }, "secretName": "s" } } } }',
      );
      assert.equal(lint(['--parameters', 'ref.json', 'storage.json'], { cwd: dir.path }).status, 0);
      dir.write('value.json', '{ "Parameters": { "publicNetworkAccess": { "Value": "Enabled" } } }');
      const run = lint(['--parameters', 'value.json', 'storage.json'], { cwd: dir.path });
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^storage\.json:29:32: warning pe-target-public-access /);
      dir.write('broken.json', '{ "parameters": ');
      const broken = lint(['--parameters', 'broken.json', 'storage.json'], { cwd: dir.path });
      assert.equal(broken.stderr, '');
      assert.equal(broken.status, 1);
      assert.match(broken.stdout, /^broken\.json:1:\d+: error syntax-error /m);
    } finally {
      dir.remove();
    }
  });

  test('applies to the templates named on the command line only', () => {
    const withParameters = lint(['--parameters', 'parameters/storage.public.parameters.json', 'parameters/storage.json'], {
      cwd: fixtures,
    });
    assert.deepEqual(withParameters, {
      status: 0,
      stdout:
        'parameters/storage.json:29:32: warning pe-target-public-access This Azure Storage account has a private endpoint but still accepts public traffic, as publicNetworkAccess is "Enabled": set properties.publicNetworkAccess to "Disabled" or properties.networkAcls.defaultAction to "Deny" (from the parameter file\'s value of "publicNetworkAccess"; with parameters from storage.public.parameters.json).\n' +
        'parameters/storage.json:33:15: warning pe-dns-zone-group This private endpoint has no private DNS zone group, so clients keep resolving the service name to its public address: add a privateDnsZoneGroups child pointing at "privatelink.blob.core.windows.net" (with parameters from storage.public.parameters.json).\n',
      stderr: '',
    });
    const inFolder = lint(['--parameters', 'parameters/storage.public.parameters.json', 'parameters'], { cwd: fixtures });
    assert.ok(!inFolder.stdout.includes('pe-target-public-access'), inFolder.stdout);
  });
});

describe('in-process: deployments', () => {
  let dir: TempDir;
  const pls = fs.readFileSync(path.join(fixtures, 'errors', 'pls-basic.bicep'), 'utf8');
  before(() => {
    dir = makeTempDir('plg-inproc-deploy-');
    dir.write('mod/modules/pls.bicep', pls);
    dir.write('mod/main.bicep', "module pls 'modules/pls.bicep' = {\n  name: 'pls'\n}\n");
    // The module's SKU is Basic by default, Standard as its caller deploys it.
    const parameterised = pls.replace(
      "resource loadBalancer 'Microsoft.Network/loadBalancers@2023-11-01' = {",
      "param lbSku string = 'Basic'\n\nresource loadBalancer 'Microsoft.Network/loadBalancers@2023-11-01' = {\n  sku: {\n    name: lbSku\n  }",
    );
    dir.write('sku/modules/pls.bicep', parameterised);
    dir.write('sku/main.bicep', "module pls 'modules/pls.bicep' = {\n  name: 'pls'\n  params: {\n    lbSku: 'Standard'\n  }\n}\n");
    dir.write('cycle/a.bicep', `${pls}\nmodule b 'b.bicep' = {\n  name: 'b'\n}\n`);
    dir.write('cycle/b.bicep', "module a 'a.bicep' = {\n  name: 'a'\n}\n");
    dir.write('sku/standard.parameters.json', '{ "parameters": { "lbSku": { "value": "Standard" } } }');
    dir.write('unread/main.bicep', "module wide 'modules/wide.bicep' = {\n  name: 'wide'\n}\n");
    fs.mkdirSync(path.join(dir.path, 'unread', 'modules'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('param x string\n', 'utf16le')]);
    fs.writeFileSync(path.join(dir.path, 'unread', 'modules', 'wide.bicep'), utf16);
    dir.write('unread/missing.bicep', "module none 'modules/none.bicep' = {\n  name: 'none'\n}\n");
    dir.write('clean/modules/clean.bicep', fs.readFileSync(path.join(fixtures, 'clean', 'clean.bicep'), 'utf8'));
    dir.write('clean/main.bicep', "module clean 'modules/clean.bicep' = {\n  name: 'clean'\n}\n");
    // A linked template without $schema: Azure deploys it all the same.
    const linked = path.join(fixtures, 'deployments', 'linked');
    dir.write('linked/main.json', fs.readFileSync(path.join(linked, 'main.json'), 'utf8'));
    const nested = fs.readFileSync(path.join(linked, 'nested', 'storage.json'), 'utf8');
    dir.write('linked/nested/storage.json', nested.replace(/^\s*"\$schema".*\n/m, ''));
  });
  after(() => dir.remove());

  test("a finding in a module is listed under the module's path, relative or absolute as the input was given", () => {
    assert.deepEqual(lint(['mod/main.bicep'], { cwd: dir.path }), {
      status: 1,
      stdout: `mod/modules/pls.bicep:29:23: ${PLS_ERROR}\n`,
      stderr: '',
    });
    const absolute = path.join(dir.path, 'mod', 'main.bicep');
    assert.deepEqual(lint([absolute], { cwd: fixtures }), {
      status: 1,
      stdout: `${path.join(dir.path, 'mod', 'modules', 'pls.bicep')}:29:23: ${PLS_ERROR}\n`,
      stderr: '',
    });
    const json = JSON.parse(lint(['--format', 'json', 'mod/main.bicep'], { cwd: dir.path }).stdout) as {
      files: { path: string; language: string }[];
    };
    assert.deepEqual(
      json.files.map((f) => [f.path, f.language]),
      [
        ['mod/main.bicep', 'bicep'],
        ['mod/modules/pls.bicep', 'bicep'],
      ],
    );
  });

  test('a module deployed by another input is analysed only with the values its caller passes', () => {
    assert.deepEqual(lint(['sku'], { cwd: dir.path }), { status: 0, stdout: '', stderr: '' });
    const alone = lint(['sku/modules/pls.bicep'], { cwd: dir.path });
    assert.equal(alone.status, 1, 'on its own, its default SKU is Basic');
  });

  test('--parameters applies a JSON parameter file to a Bicep template named on the command line', () => {
    assert.deepEqual(lint(['--parameters', 'sku/standard.parameters.json', 'sku/modules/pls.bicep'], { cwd: dir.path }), {
      status: 0,
      stdout: '',
      stderr: '',
    });
  });

  test('a module that cannot be read is a finding at its call; a missing one is left alone (it may come from elsewhere)', () => {
    assert.deepEqual(lint(['unread/main.bicep'], { cwd: dir.path }), {
      status: 0,
      stdout:
        "unread/main.bicep:1:13: warning syntax-error 'modules/wide.bicep' is not read: encoding not supported (UTF-16); save the file as UTF-8.\n",
      stderr: '',
    });
    assert.deepEqual(lint(['unread/missing.bicep'], { cwd: dir.path }), { status: 0, stdout: '', stderr: '' });
  });

  test('a finding in a linked template without $schema is listed under that template, as ARM', () => {
    const run = lint(['--format', 'json', 'linked/main.json'], { cwd: dir.path });
    const json = JSON.parse(run.stdout) as { files: { path: string; language: string; diagnostics: { code: string }[] }[] };
    assert.deepEqual(
      json.files.map((f) => [f.path, f.language, f.diagnostics.map((d) => d.code)]),
      [
        ['linked/main.json', 'arm', ['pe-target-public-access', 'pe-dns-zone-group']],
        ['linked/nested/storage.json', 'arm', ['pe-target-public-access']],
      ],
    );
  });

  test('the map names a module without findings by its path relative to the working folder', () => {
    const run = lint(['--format', 'json', '--map', 'clean/main.bicep'], { cwd: dir.path });
    assert.equal(run.status, 0);
    const map = (JSON.parse(run.stdout) as { maps: { root: string; files: { path: string }[]; nodes: { path: string }[] }[] }).maps[0];
    assert.equal(map.root, 'clean/main.bicep');
    assert.deepEqual(
      map.files.map((f) => f.path),
      ['clean/modules/clean.bicep'],
    );
    assert.deepEqual([...new Set(map.nodes.map((n) => n.path))], ['clean/modules/clean.bicep']);
  });

  test('templates that only deploy each other (a cycle) are still analysed, each finding once', () => {
    assert.deepEqual(lint(['cycle'], { cwd: dir.path }), { status: 1, stdout: `cycle/a.bicep:29:23: ${PLS_ERROR}\n`, stderr: '' });
  });
});

describe('in-process: --fix, --fix-dry-run and baselines', () => {
  let dir: TempDir;
  const input = testSource('cli', 'fixtures', 'fix', 'input');
  const expected = testSource('cli', 'fixtures', 'fix', 'expected');
  const read = (...segments: string[]): string => fs.readFileSync(path.join(...segments), 'utf8');
  before(() => (dir = makeTempDir('plg-inproc-fix-')));
  after(() => dir.remove());

  test('--fix writes the fixes, says how many, and reports what is left with its exit status', () => {
    const work = dir.copy(input, 'fix');
    const run = lint(['--fix', '.'], { cwd: work });
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'privatelink-lint: 6 fix(es) applied in 2 file(s)\n');
    for (const name of ['pls.bicep', 'storage.json']) assert.equal(read(work, name), read(expected, name), name);
    assert.deepEqual(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ')[2]),
      ['pls-auto-approval-scope', 'pe-request-message-length'],
    );
    const again = lint(['--fix', '.'], { cwd: work });
    assert.deepEqual(again, { ...run, stderr: 'privatelink-lint: 0 fix(es) applied in 0 file(s)\n' });
  });

  test('--fix: a file that cannot be written is named with the reason, reported as it is, exit 2; the others are written', () => {
    const work = dir.copy(input, 'unwritable');
    const storage = path.join(work, 'storage.json');
    const before = read(storage);
    // As root no file refuses a write, so the refusal is planted where the CLI writes (writeFiles.ts reads fs's
    // members at each call).
    const realWrite = nodeFs.writeFileSync;
    const write = mock.method(nodeFs, 'writeFileSync', (...args: Parameters<typeof fs.writeFileSync>) => {
      if (args[0] === storage) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      realWrite(...args);
    });
    let run: ReturnType<typeof lint>;
    try {
      run = lint(['--fix', '.'], { cwd: work });
    } finally {
      write.mock.restore();
    }
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      'privatelink-lint: storage.json: fixes not written: permission denied\nprivatelink-lint: fixes written to 1 of 2 file(s)\n',
    );
    assert.equal(read(storage), before, 'left as it was');
    assert.equal(read(work, 'pls.bicep'), read(expected, 'pls.bicep'));
    // The report says what the unwritten file still holds: its findings are all still there.
    const unfixed = lint(['storage.json'], { cwd: work }).stdout;
    assert.ok(unfixed.length > 0);
    for (const line of unfixed.trim().split('\n')) assert.ok(run.stdout.includes(line), line);
  });

  test('--fix keeps a UTF-8 byte order mark the file had, and adds none', () => {
    const work = dir.copy(input, 'bom');
    const original = read(work, 'pls.bicep');
    fs.writeFileSync(path.join(work, 'pls.bicep'), '\uFEFF' + original);
    assert.equal(lint(['--fix', '.'], { cwd: work }).stderr, 'privatelink-lint: 6 fix(es) applied in 2 file(s)\n');
    const bytes = fs.readFileSync(path.join(work, 'pls.bicep'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    assert.equal(bytes.subarray(3).toString('utf8'), read(expected, 'pls.bicep'));
    assert.equal(fs.readFileSync(path.join(work, 'storage.json'), 'utf8'), read(expected, 'storage.json'), 'no mark added');
  });

  test('--fix-dry-run prints the diff, writes nothing; exit 1 for errors left, 0 for none, 2 with a missing path', () => {
    const work = dir.copy(input, 'dry');
    const run = lint(['--fix-dry-run', 'pls.bicep'], { cwd: work });
    assert.equal(run.status, 0, 'the fixes leave only warnings in pls.bicep');
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^--- a\/pls\.bicep\n\+\+\+ b\/pls\.bicep\n@@ /);
    assert.equal(read(work, 'pls.bicep'), read(input, 'pls.bicep'), 'nothing written');
    const storage = lint(['--fix-dry-run', 'storage.json'], { cwd: work });
    assert.equal(storage.status, 1, 'an error without a fix is left in storage.json');
    assert.match(storage.stdout, /^--- a\/storage\.json\n\+\+\+ b\/storage\.json\n@@ /);
    const missing = lint(['--fix-dry-run', 'storage.json', 'gone.json'], { cwd: work });
    assert.deepEqual(missing, { status: 2, stdout: storage.stdout, stderr: 'privatelink-lint: gone.json: no such file or folder\n' });
    const nothing = lint(['--fix-dry-run', path.join(fixtures, 'clean')], { cwd: work });
    assert.deepEqual(nothing, { status: 0, stdout: '', stderr: '' });
  });

  test('--write-baseline records the findings, prints none, exit 0; --baseline then hides them', () => {
    const work = dir.copy(input, 'baseline');
    const written = lint(['--write-baseline', 'baseline.json', '.'], { cwd: work });
    assert.deepEqual(written, { status: 0, stdout: '', stderr: 'privatelink-lint: 8 finding(s) recorded in baseline.json\n' });
    const recorded = JSON.parse(read(work, 'baseline.json')) as { version: number; findings: { count: number }[] };
    assert.equal(
      recorded.findings.reduce((n, f) => n + f.count, 0),
      8,
    );
    assert.deepEqual(lint(['--baseline', 'baseline.json', '.'], { cwd: work }), {
      status: 0,
      stdout: '',
      stderr: 'privatelink-lint: 8 finding(s) of the baseline not shown\n',
    });
    // A new error is reported, with its exit status; the recorded ones stay hidden.
    fs.copyFileSync(path.join(fixtures, 'errors', 'pls-basic.bicep'), path.join(work, 'new.bicep'));
    assert.deepEqual(lint(['--baseline', 'baseline.json', '.'], { cwd: work }), {
      status: 1,
      stdout: `new.bicep:29:23: ${PLS_ERROR}\n`,
      stderr: 'privatelink-lint: 8 finding(s) of the baseline not shown\n',
    });
    // Nothing hidden: no message.
    assert.deepEqual(lint(['--baseline', 'baseline.json', 'new.bicep'], { cwd: work }), {
      status: 1,
      stdout: `new.bicep:29:23: ${PLS_ERROR}\n`,
      stderr: '',
    });
    // A baseline that cannot be written: the path and why, not an internal error.
    assert.deepEqual(lint(['--write-baseline', 'no-folder/b.json', 'new.bicep'], { cwd: work }), {
      status: 2,
      stdout: '',
      stderr: 'privatelink-lint: --write-baseline no-folder/b.json: cannot be written: no such file or folder\n',
    });
    assert.deepEqual(lint(['--write-baseline', '.', 'new.bicep'], { cwd: work }), {
      status: 2,
      stdout: '',
      stderr: 'privatelink-lint: --write-baseline .: cannot be written: is a folder\n',
    });
    const withMissing = lint(['--write-baseline', 'other.json', 'new.bicep', 'gone.bicep'], { cwd: work });
    assert.deepEqual(withMissing, {
      status: 2,
      stdout: '',
      stderr: 'privatelink-lint: gone.bicep: no such file or folder\nprivatelink-lint: 1 finding(s) recorded in other.json\n',
    });
  });
});

describe('in-process: reading a baseline', () => {
  let dir: TempDir;
  let recorded: { version: number; tool: string; findings: { rule: string; file: string; fingerprint: string; count: number }[] };
  before(() => {
    dir = makeTempDir('plg-inproc-baseline-');
    dir.copy(path.join(fixtures, 'fix', 'input', 'storage.json'), 'storage.json');
    dir.copy(path.join(fixtures, 'deployments', 'same-values'), 'same-values');
    assert.equal(lint(['--write-baseline', 'full.json', '.'], { cwd: dir.path }).status, 0);
    recorded = JSON.parse(fs.readFileSync(path.join(dir.path, 'full.json'), 'utf8')) as typeof recorded;
  });
  after(() => dir.remove());

  const withBaseline = (name: string, baseline: unknown, args: string[] = ['.']) => {
    dir.write(name, typeof baseline === 'string' ? baseline : JSON.stringify(baseline));
    return lint(['--baseline', name, ...args], { cwd: dir.path });
  };
  const NOT_A_BASELINE = 'not a privatelink-lint baseline (version 1, written by --write-baseline)';
  const BAD_ENTRY = 'an entry lacks rule, file, fingerprint or count';

  for (const [what, baseline, problem] of [
    ['null', 'null', NOT_A_BASELINE],
    ['a number', '1', NOT_A_BASELINE],
    ['another version', { version: 2, findings: [] }, NOT_A_BASELINE],
    ['no findings list', { version: 1, findings: {} }, NOT_A_BASELINE],
    ['a null entry', { version: 1, findings: [null] }, BAD_ENTRY],
    ['an entry without rule', { version: 1, findings: [{ file: 'a', fingerprint: 'f', count: 1 }] }, BAD_ENTRY],
    ['an entry without file', { version: 1, findings: [{ rule: 'r', fingerprint: 'f', count: 1 }] }, BAD_ENTRY],
    ['an entry without fingerprint', { version: 1, findings: [{ rule: 'r', file: 'a', count: 1 }] }, BAD_ENTRY],
    ['a count of 0', { version: 1, findings: [{ rule: 'r', file: 'a', fingerprint: 'f', count: 0 }] }, BAD_ENTRY],
    ['a fractional count', { version: 1, findings: [{ rule: 'r', file: 'a', fingerprint: 'f', count: 1.5 }] }, BAD_ENTRY],
  ] as const) {
    test(`a baseline with ${what} is a usage error naming the file`, () => {
      assert.deepEqual(withBaseline('bad.json', baseline), {
        status: 2,
        stdout: '',
        stderr: `privatelink-lint: --baseline bad.json: ${problem}\n${TRY_HELP}`,
      });
    });
  }

  test('an entry hides as many identical findings as its count, entries of the same finding add up', () => {
    const twice = recorded.findings.find((f) => f.count === 2);
    assert.ok(twice, 'storage.json has two endpoints with the same finding');
    const others = recorded.findings.filter((f) => f !== twice);
    const once = withBaseline('once.json', { ...recorded, findings: [...others, { ...twice, count: 1 }] });
    assert.equal(once.status, 0);
    assert.equal(once.stderr, `privatelink-lint: ${recorded.findings.length} finding(s) of the baseline not shown\n`);
    assert.equal(once.stdout.split('\n').filter(Boolean).length, 1, once.stdout);
    assert.match(once.stdout, /^storage\.json:\d+:15: warning pe-dns-zone-group /);
    const split = withBaseline('split.json', { ...recorded, findings: [...others, { ...twice, count: 1 }, { ...twice, count: 1 }] });
    assert.deepEqual(split, {
      status: 0,
      stdout: '',
      stderr: `privatelink-lint: ${recorded.findings.length + 1} finding(s) of the baseline not shown\n`,
    });
  });

  test("a finding repeated at a caller's argument is shown exactly when the module's finding it repeats is", () => {
    const all = withBaseline('all.json', recorded);
    assert.deepEqual(all, {
      status: 0,
      stdout: '',
      stderr: `privatelink-lint: ${recorded.findings.length + 1} finding(s) of the baseline not shown\n`,
    });
    const publicAccess = (f: { rule: string; file: string }): boolean =>
      f.rule === 'pe-target-public-access' && f.file === 'same-values/storage.bicep';
    assert.equal(recorded.findings.filter(publicAccess).length, 1);
    const run = withBaseline('partial.json', { ...recorded, findings: recorded.findings.filter((f) => !publicAccess(f)) });
    assert.equal(run.status, 0);
    assert.deepEqual(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        'same-values/main.bicep:6:26: warning pe-target-public-access',
        'same-values/main.bicep:14:26: warning pe-target-public-access',
        'same-values/storage.bicep:14:26: warning pe-target-public-access',
      ],
    );
  });

  test('--baseline applies to the findings of a baseline file in another folder, matched from it', () => {
    fs.mkdirSync(path.join(dir.path, 'elsewhere'), { recursive: true });
    fs.mkdirSync(path.join(dir.path, 'ci'), { recursive: true });
    assert.equal(lint(['--write-baseline', 'ci/b.json', 'storage.json'], { cwd: dir.path }).status, 0);
    assert.deepEqual(lint(['--baseline', '../ci/b.json', '../storage.json'], { cwd: path.join(dir.path, 'elsewhere') }), {
      status: 0,
      stdout: '',
      stderr: 'privatelink-lint: 4 finding(s) of the baseline not shown\n',
    });
  });
});
