/**
 * Findings in a module caused by a caller's argument (issue 19 item 3): each names the call and the argument it
 * follows from (`causedBy`, and related locations), is repeated at a literal argument where the fix belongs (marked
 * `causes`), and a suppression at one call silences what that call causes, and only that. Bicep modules, ARM
 * templates used as Bicep modules and ARM linked templates alike.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzeDocument, type EngineFinding } from '../../server/src/engine';
import { armCaller, bicepCaller, ENDPOINT_MODULE_BICEP, ENDPOINT_MODULE_JSON } from '../support/moduleCalls';

const ROOT = '/ws';
const CODE = 'pe-valid-group-id';

function analyze(entry: string, files: Record<string, string>): EngineFinding[] {
  const texts = new Map(Object.entries(files).map(([name, text]) => [`${ROOT}/${name}`, text]));
  const path = `${ROOT}/${entry}`;
  return analyzeDocument(
    { path, text: texts.get(path)! },
    { host: { workspaceRoot: ROOT, readFile: (file) => texts.get(file) }, ruleLevels: { 'pe-dns-zone-group': 'off' } },
  ).findings.filter((f) => f.code === CODE);
}

const inModule = (findings: EngineFinding[]): EngineFinding[] => findings.filter((f) => !f.causes);
const atArguments = (findings: EngineFinding[]): EngineFinding[] => findings.filter((f) => f.causes);
const textAt = (text: string, at: { range: { start: number; end: number } }): string => text.slice(at.range.start, at.range.end);
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

const LANGUAGES = [
  {
    name: 'Bicep module',
    entry: 'main.bicep',
    module: 'modules/endpoint.bicep',
    files: (groupIds: string[], disabled: Record<number, string> = {}): Record<string, string> => ({
      'main.bicep': bicepCaller('modules/endpoint.bicep', groupIds, disabled),
      'modules/endpoint.bicep': ENDPOINT_MODULE_BICEP,
    }),
    disable: `#disable-next-line ${CODE}`,
    argument: "'vaults'",
  },
  {
    name: 'ARM template used as a Bicep module',
    entry: 'main.bicep',
    module: 'modules/endpoint.json',
    files: (groupIds: string[], disabled: Record<number, string> = {}): Record<string, string> => ({
      'main.bicep': bicepCaller('modules/endpoint.json', groupIds, disabled),
      'modules/endpoint.json': ENDPOINT_MODULE_JSON,
    }),
    disable: `#disable-next-line ${CODE}`,
    argument: "'vaults'",
  },
  {
    name: 'ARM linked template',
    entry: 'main.json',
    module: 'nested/endpoint.json',
    files: (groupIds: string[], disabled: Record<number, string> = {}): Record<string, string> => ({
      'main.json': armCaller(groupIds, disabled),
      'nested/endpoint.json': ENDPOINT_MODULE_JSON,
    }),
    disable: `privatelink-disable ${CODE}`,
    argument: '"vaults"',
  },
];

for (const language of LANGUAGES) {
  describe(`findings caused through a call: ${language.name}`, () => {
    test('a module called with a bad and a good value: the finding names the bad call and its argument', () => {
      const files = language.files(['vaults', 'vault']);
      const main = files[language.entry];
      const findings = analyze(language.entry, files);
      const [finding] = inModule(findings);
      assert.equal(inModule(findings).length, 1);
      assert.equal(finding.path, `${ROOT}/${language.module}`);
      const causes = finding.causedBy?.filter((c) => c.parameter === 'groupId') ?? [];
      assert.equal(causes.length, 1, 'the good call causes nothing');
      assert.equal(textAt(main, causes[0].argument), language.argument);
      assert.equal(causes[0].literal, true);
      const callLine = lineOf(main, causes[0].call.range.start);
      assert.ok(main.slice(causes[0].call.range.start).match(/^(module endpoint0|\{)/), 'the call is the first module or deployment');
      const related = finding.related.find((r) => r.message.startsWith('Called from'));
      assert.equal(related?.message, `Called from ${language.entry} line ${callLine} with groupId ${language.argument}`);
      assert.equal(related?.path, `${ROOT}/${language.entry}`);
      assert.deepEqual(finding.basedOn, [], 'a caller argument is no default');
    });

    test('the finding is repeated at the literal argument in the caller, where the fix belongs', () => {
      const files = language.files(['vaults', 'vault']);
      const main = files[language.entry];
      const findings = analyze(language.entry, files);
      const [repeated, ...others] = atArguments(findings);
      assert.equal(others.length, 0);
      assert.equal(repeated.path, `${ROOT}/${language.entry}`);
      assert.equal(textAt(main, repeated), language.argument);
      assert.equal(repeated.severity, inModule(findings)[0].severity);
      assert.deepEqual(repeated.causes, { path: inModule(findings)[0].path, range: inModule(findings)[0].range });
      assert.match(
        repeated.message,
        // One quoting throughout, the caller file's: Bicep 'like this', ARM JSON "like this".
        language.entry.endsWith('.bicep')
          ? /^The value passed here as 'groupId' causes this finding in endpoint\.(bicep|json) line \d+: 'vaults' is not a group id[^"]*$/
          : /^The value passed here as "groupId" causes this finding in endpoint\.(bicep|json) line \d+: "vaults" is not a group id[^']*$/,
      );
    });

    test('two bad calls: one finding per call in the module (the faces merge them), and one at each argument', () => {
      const files = language.files(['vaults', 'vaults']);
      const findings = analyze(language.entry, files);
      const calls = inModule(findings).map((f) => f.causedBy?.find((c) => c.parameter === 'groupId')?.call.range.start);
      assert.equal(new Set(calls).size, 2, 'each call is named');
      assert.equal(atArguments(findings).length, 2);
    });

    test('a suppression at one call silences what that call causes, and nothing the other call causes', () => {
      const files = language.files(['vaults', 'vaults'], { 0: language.disable });
      const main = files[language.entry];
      const findings = analyze(language.entry, files);
      assert.equal(inModule(findings).length, 1);
      const cause = inModule(findings)[0].causedBy?.find((c) => c.parameter === 'groupId');
      assert.ok(
        main
          .slice(cause!.call.range.start)
          .match(
            /^(module endpoint1|\{\s*"type": "Microsoft.Resources\/deployments",\s*"apiVersion": "2022-09-01",\s*"name": "endpoint-1")/,
          ),
      );
      assert.equal(atArguments(findings).length, 1);
      assert.ok(lineOf(main, atArguments(findings)[0].range.start) > lineOf(main, cause!.call.range.start));
    });

    test('suppressed at every call, the finding is gone', () => {
      const files = language.files(['vaults', 'vaults'], { 0: language.disable, 1: language.disable });
      assert.deepEqual(analyze(language.entry, files), []);
    });
  });
}

describe('findings caused through a call: precision', () => {
  test('an argument computed in the caller is named, but the finding is not repeated there', () => {
    const main = bicepCaller('modules/endpoint.bicep', ['vault'])
      .replace("groupId: 'vault'", 'groupId: groupName')
      .concat("\nvar groupName = 'vaults'\n");
    const findings = analyze('main.bicep', { 'main.bicep': main, 'modules/endpoint.bicep': ENDPOINT_MODULE_BICEP });
    assert.equal(inModule(findings).length, 1);
    assert.equal(inModule(findings)[0].causedBy?.find((c) => c.parameter === 'groupId')?.literal, false);
    assert.deepEqual(atArguments(findings), []);
  });

  test("a caller's literal argument that turns a module's condition false is no deploy-time choice: the resource is not deployed", () => {
    const module = ENDPOINT_MODULE_BICEP.replace('param subnetId string', 'param subnetId string\nparam deployEndpoint bool').replace(
      "'Microsoft.Network/privateEndpoints@2023-04-01' = {",
      "'Microsoft.Network/privateEndpoints@2023-04-01' = if (deployEndpoint) {",
    );
    const main = bicepCaller('modules/endpoint.bicep', ['vaults']).replace(
      "groupId: 'vaults'",
      "groupId: 'vaults'\n    deployEndpoint: false",
    );
    assert.deepEqual(analyze('main.bicep', { 'main.bicep': main, 'modules/endpoint.bicep': module }), []);
    const deployed = main.replace('deployEndpoint: false', 'deployEndpoint: true');
    assert.equal(inModule(analyze('main.bicep', { 'main.bicep': deployed, 'modules/endpoint.bicep': module })).length, 1);
  });

  test('a call with decorators is disabled right above its module keyword, as Bicep directives go', () => {
    const main = bicepCaller('modules/endpoint.bicep', ['vaults', 'vaults'], {
      0: "@description('first endpoint')\n#disable-next-line pe-valid-group-id",
    });
    const findings = analyze('main.bicep', { 'main.bicep': main, 'modules/endpoint.bicep': ENDPOINT_MODULE_BICEP });
    assert.equal(inModule(findings).length, 1);
    assert.equal(atArguments(findings).length, 1);
  });

  test('a suppression in the module itself still silences every call', () => {
    const module = ENDPOINT_MODULE_BICEP.replace('            groupId\n', `            #disable-next-line ${CODE}\n            groupId\n`);
    const main = bicepCaller('modules/endpoint.bicep', ['vaults', 'vaults']);
    assert.equal(inModule(analyze('main.bicep', { 'main.bicep': main, 'modules/endpoint.bicep': ENDPOINT_MODULE_BICEP })).length, 2);
    assert.deepEqual(analyze('main.bicep', { 'main.bicep': main, 'modules/endpoint.bicep': module }), []);
  });
});

describe('a finding no argument causes still names the call that deployed it (pe-dns-zone-group)', () => {
  const MODULE = `param name string
param groupId string

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: name
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [
      { name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp'), groupIds: [ groupId ] } }
    ]
  }
}
`;
  const main = (first: string, second: string): string => `module one 'pe.bicep' = {
  name: 'one'
  params: { name: 'pe-one', groupId: '${first}' }
}
module two 'pe.bicep' = {
  name: 'two'
  params: { name: 'pe-two', groupId: '${second}' }
}
`;
  const missingGroup = (text: string): EngineFinding[] => {
    const texts = new Map([
      [`${ROOT}/main.bicep`, text],
      [`${ROOT}/pe.bicep`, MODULE],
    ]);
    return analyzeDocument(
      { path: `${ROOT}/main.bicep`, text },
      { host: { workspaceRoot: ROOT, readFile: (file) => texts.get(file) } },
    ).findings.filter((f) => f.code === 'pe-dns-zone-group');
  };
  const calls = (finding: EngineFinding): string[] =>
    finding.related.filter((r) => r.message.startsWith('Deployed by the call')).map((r) => `${r.path}: ${r.message}`);

  test('two calls with different group ids: two findings, each naming its own call', () => {
    const findings = missingGroup(main('blob', 'file'));
    assert.equal(findings.length, 2);
    const byZone = (zone: string) => findings.find((f) => f.message.includes(zone))!;
    assert.deepEqual(calls(byZone('privatelink.blob.core.windows.net')), ['/ws/main.bicep: Deployed by the call in main.bicep line 1']);
    assert.deepEqual(calls(byZone('privatelink.file.core.windows.net')), ['/ws/main.bicep: Deployed by the call in main.bicep line 5']);
  });

  test('two calls with the same group id: one finding naming both calls', () => {
    const findings = missingGroup(main('blob', 'blob'));
    assert.equal(findings.length, 1);
    assert.deepEqual(calls(findings[0]), [
      '/ws/main.bicep: Deployed by the call in main.bicep line 1',
      '/ws/main.bicep: Deployed by the call in main.bicep line 5',
    ]);
  });
});
