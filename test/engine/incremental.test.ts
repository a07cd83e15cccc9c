// The analysis cache (engine/incremental) must never change a finding: after every edit, an analysis that replays
// declarations from the previous one gives exactly what a fresh analysis gives (messages, ranges, related locations,
// rendered fixes). Also checks that it does replay, when it must not, and that it keeps a bounded number of versions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { AnalysisCache, analyzeDocument, renderOffers, type AnalysisOptions } from '../../server/src/engine';
import { testSource } from '../support/paths';
import { isRuleCase, isRuleFixture } from '../support/ruleFolders';
import { CORPUS_DIR, CORPUS_MISSING_MESSAGE, CORPUS_PRESENT } from '../support/corpus';
import { applyEdit, FUZZ_FACTOR, resolveEdit, type RawEdit } from '../support/randomEdits';

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, accept));
    else if (accept(name)) found.push(path);
  }
  return found.sort();
}

const isTemplate = (name: string): boolean => (name.endsWith('.json') && !name.includes('parameters')) || name.endsWith('.bicep');

/**
 * Findings as the faces see them, in a form that compares exactly, except for the numbers of anonymous unknowns
 * (`error#41`): those count up across analyses, so two fresh analyses differ in them too.
 */
function findingsOf(path: string, text: string, options: AnalysisOptions): string {
  const findings = analyzeDocument({ path, text }, options).findings.map((f) => ({ ...f, fixes: renderOffers(f.fixes) }));
  return JSON.stringify(findings).replace(/#\d+/g, '#n');
}

/**
 * Edits anywhere (typing, deleting, pasting a copy of another part of the file, such as a whole resource), and typing
 * just inside a string, which keeps the file valid and the other declarations replayable.
 */
function editArbitrary(): fc.Arbitrary<RawEdit> {
  return fc.record({
    at: fc.oneof(fc.nat(), fc.record({ afterQuote: fc.nat() })),
    remove: fc.oneof(fc.constant(0), fc.constant(0), fc.nat(3), fc.nat(200)),
    insert: fc.oneof(
      fc.constantFrom('', 'q', 'x', '"', "'", '{', '}', '[', ']', ',', ' ', '\n', '1', 'Disabled', "[parameters('a')]", '\u00e9'),
      fc.record({ copyFrom: fc.nat(), length: fc.nat(600) }),
    ),
  });
}

/** Runs `runs` random edit sequences over `text`, comparing cached and fresh analyses after every edit. */
function checkEditSequences(path: string, original: string, runs: number, seed: number, options: AnalysisOptions = {}): void {
  runs *= FUZZ_FACTOR;
  seed *= FUZZ_FACTOR;
  fc.assert(
    fc.property(fc.array(editArbitrary(), { minLength: 1, maxLength: 6 }), (edits) => {
      const cache = new AnalysisCache();
      let text = original;
      assert.equal(findingsOf(path, text, { ...options, cache }), findingsOf(path, text, options));
      for (const raw of edits) {
        text = applyEdit(text, resolveEdit(text, raw));
        assert.equal(findingsOf(path, text, { ...options, cache }), findingsOf(path, text, options), `after editing ${path}`);
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

test('cached analyses equal fresh ones after random edits: rule fixtures (ARM and Bicep)', () => {
  const files = filesUnder(testSource('rules'), isRuleFixture);
  assert.ok(files.length > 40, `expected the rule fixtures, found ${files.length}`);
  files.forEach((path, i) => checkEditSequences(path, readFileSync(path, 'utf8'), 6, 1000 + i));
});

test('cached analyses equal fresh ones after random edits: acceptance cases', () => {
  // The numbered cases of the rule folders and the multi-file cases, in the order (and so with the seeds) they had
  // when all lived under test/acceptance.
  const cases = filesUnder(testSource('rules'), isRuleCase).map((path) => ({ path, key: relative(testSource('rules'), path) }));
  const multifile = filesUnder(testSource('acceptance'), isTemplate).map((path) => ({
    path,
    key: relative(testSource('acceptance'), path),
  }));
  const files = [...cases, ...multifile].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((c) => c.path);
  assert.ok(files.length > 100, `expected the acceptance cases, found ${files.length}`);
  files.forEach((path, i) => checkEditSequences(path, readFileSync(path, 'utf8'), 2, 5000 + i));
});

test(
  'cached analyses equal fresh ones after random edits: corpus templates',
  { skip: CORPUS_PRESENT ? false : CORPUS_MISSING_MESSAGE },
  () => {
    // Every template up to 200 KB (the largest take long to analyse twice per edit; the bench covers them).
    const files = filesUnder(CORPUS_DIR, isTemplate).filter((path) => statSync(path).size < 200_000);
    assert.ok(files.length > 100);
    files.forEach((path, i) => checkEditSequences(path, readFileSync(path, 'utf8'), 1, 9000 + i));
  },
);

test('cached analyses equal fresh ones with a parameter file, and a changed parameter file replays nothing', () => {
  const path = '/w/main.json';
  const template = JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      parameters: { access: { type: 'string', defaultValue: 'Enabled' } },
      resources: [
        {
          type: 'Microsoft.Storage/storageAccounts',
          apiVersion: '2023-05-01',
          name: 'st1',
          location: 'westeurope',
          properties: { publicNetworkAccess: "[parameters('access')]" },
        },
        endpoint('pe1', 'st1'),
      ],
    },
    null,
    2,
  );
  const parameters = (value: string): AnalysisOptions => ({
    parameterFile: {
      path: '/w/main.parameters.json',
      text: JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        parameters: { access: { value } },
      }),
    },
  });
  const cache = new AnalysisCache();
  for (const value of ['Enabled', 'Disabled', 'Enabled']) {
    assert.equal(findingsOf(path, template, { ...parameters(value), cache }), findingsOf(path, template, parameters(value)));
    assert.equal(cache.declarations.stats.replayed, 0, 'a new parameter file is a new environment');
  }
  findingsOf(path, template, { ...parameters('Enabled'), cache });
  assert.equal(cache.declarations.stats.replayed, 2, 'the same parameter file again replays both resources');
});

function endpoint(name: string, target: string): object {
  return {
    type: 'Microsoft.Network/privateEndpoints',
    apiVersion: '2023-11-01',
    name,
    location: 'westeurope',
    properties: {
      subnet: { id: "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" },
      privateLinkServiceConnections: [
        {
          name,
          properties: { privateLinkServiceId: `[resourceId('Microsoft.Storage/storageAccounts', '${target}')]`, groupIds: ['blob'] },
        },
      ],
    },
  };
}

function armTemplate(resources: object[], parameters: object = {}): string {
  return JSON.stringify(
    { $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', parameters, resources },
    null,
    2,
  );
}

test('typing in one resource replays every other one; editing parameters replays none', () => {
  const path = '/w/t.json';
  const resources = [1, 2, 3, 4].flatMap((n) => [
    {
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-05-01',
      name: `st${n}`,
      location: "[parameters('location')]",
      properties: { publicNetworkAccess: 'Enabled' },
    },
    endpoint(`pe${n}`, `st${n}`),
  ]);
  let text = armTemplate(resources, { location: { type: 'string', defaultValue: 'westeurope' } });
  const cache = new AnalysisCache();
  const first = findingsOf(path, text, { cache });
  assert.equal(cache.declarations.stats.replayed, 0);
  assert.equal(cache.declarations.stats.lowered, 8);

  const at = text.indexOf('"pe3"') + 3;
  text = text.slice(0, at) + 'x' + text.slice(at);
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual({ ...cache.declarations.stats, retainedText: 0 }, { replayed: 7, lowered: 1, retainedText: 0 });

  text = text.replace('defaultValue": "westeurope', 'defaultValue": "northeurope');
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.equal(cache.declarations.stats.replayed, 0);
  assert.notEqual(first, '[]', 'the template has findings to compare');
});

test('a resource that reads another with reference() is replayed until what it read changes', () => {
  const path = '/w/r.json';
  let text = armTemplate([
    {
      type: 'Microsoft.Storage/storageAccounts',
      apiVersion: '2023-05-01',
      name: 'st1',
      location: 'westeurope',
      properties: { publicNetworkAccess: 'Enabled' },
    },
    {
      ...endpoint('pe1', 'st1'),
      location: "[reference(resourceId('Microsoft.Storage/storageAccounts', 'st1'), '2023-05-01', 'Full').location]",
    },
  ]);
  const cache = new AnalysisCache();
  findingsOf(path, text, { cache });
  findingsOf(path, text, { cache });
  assert.deepEqual(statsWithoutText(cache), { replayed: 2, lowered: 0 });
  text = text.replace('"location": "westeurope"', '"location": "northeurope"');
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual(statsWithoutText(cache), { replayed: 0, lowered: 2 }, 'the endpoint read the location that changed');
});

test('the cache keeps a bounded number of earlier versions of the document alive', () => {
  const path = '/w/many.json';
  const resources = Array.from({ length: 40 }, (_, n) => endpoint(`pe${n}`, `st${n}`));
  let text = armTemplate(resources);
  const cache = new AnalysisCache();
  // Each edit lands in a different resource, so each leaves one declaration lowered from its own version.
  for (let n = 0; n < 40; n++) {
    const at = text.indexOf(`"pe${n}"`) + 2;
    text = text.slice(0, at) + 'y' + text.slice(at);
    findingsOf(path, text, { cache });
    assert.ok(
      cache.declarations.stats.retainedText <= 5 * text.length,
      `edit ${n}: ${cache.declarations.stats.retainedText} characters kept for a ${text.length}-character text`,
    );
  }
  assert.ok(cache.declarations.stats.replayed > 30, 'most resources are still replayed');
});

/** Every object reachable from `root` through properties, array items, Map and Set entries. */
function reachableObjects(root: object): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
  }
  return seen;
}

/**
 * The model objects of an analysis (deployments, resources) among what the cache reaches: there must be none, or
 * each record keeps the whole model it was lowered into alive.
 */
function modelObjectsReachableFrom(root: object): string[] {
  const found: string[] = [];
  for (const object of reachableObjects(root)) {
    const record = object as Record<string, unknown>;
    if (Array.isArray(record.resources) && Array.isArray(record.children)) found.push(`a deployment (${String(record.key)})`);
    else if (typeof record.idKey === 'string' && typeof record.deployment === 'object') found.push(`a resource (${String(record.type)})`);
  }
  return found.slice(0, 5);
}

/** Analyses `text`, then types a `y` just inside `needle` and analyses again, `times` times: the text typed into. */
function typeAtOnePlace(path: string, text: string, needle: string, cache: AnalysisCache, times: number): string {
  const at = text.indexOf(needle) + 1;
  findingsOf(path, text, { cache });
  for (let n = 0; n < times; n++) {
    text = text.slice(0, at) + 'y' + text.slice(at);
    findingsOf(path, text, { cache });
  }
  return text;
}

test('the cache keeps no model of an earlier analysis alive (ARM and Bicep)', () => {
  const cases = [
    { path: '/w/keep.json', text: armTemplate([endpoint('pe1', 'st1'), endpoint('pe2', 'st2')]), needle: '"pe1"' },
    { path: '/w/keep.bicep', text: bicepEndpoints(2), needle: "'pe1'" },
  ];
  for (const { path, text, needle } of cases) {
    const cache = new AnalysisCache();
    // Typing at one place, as a user does: the endpoint's name becomes ype1, yype1.
    typeAtOnePlace(path, text, needle, cache, 2);
    assert.ok(cache.declarations.stats.replayed > 0, `${path}: the edits replayed declarations`);
    assert.deepEqual(modelObjectsReachableFrom(cache), [], `${path}: the cache reaches model objects`);
  }
});

test('the records share nothing with the syntax tree that the next reparse moves in place (ARM and Bicep)', () => {
  const cases = [
    { path: '/w/own.bicep', text: bicepEndpoints(3), parser: 'bicep', needle: "'pe2'" },
    {
      path: '/w/own.json',
      text: armTemplate([endpoint('pe1', 'st1'), endpoint('pe2', 'st2'), endpoint('pe3', 'st3')]),
      parser: 'json',
      needle: '"pe2"',
    },
  ];
  for (const { path, text, parser, needle } of cases) {
    const cache = new AnalysisCache();
    typeAtOnePlace(path, text, needle, cache, 3);
    assert.ok(cache.declarations.stats.replayed > 0, `${path}: the edits replayed declarations`);
    // The tree the memo keeps for the next keystroke (private state, read here on purpose).
    const tree = (cache.parses as unknown as { documentStates: Map<string, object> }).documentStates.get(parser);
    assert.ok(tree, `${path}: the memo keeps the document's tree`);
    const inTree = reachableObjects(tree);
    const shared = [...reachableObjects(cache.declarations)].filter(
      (object) => inTree.has(object) && typeof object === 'object' && !(object as { text?: unknown }).text,
    );
    assert.deepEqual(shared.slice(0, 3), [], `${path}: records share objects with the syntax tree`);
  }
});

function bicepEndpoints(count: number): string {
  const lines = [
    "param location string = 'westeurope'",
    '',
    "resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {",
    "  name: 'vnet'",
    '  location: location',
    "  properties: { subnets: [ { name: 'snet', properties: { addressPrefix: '10.0.0.0/24' } } ] }",
    '}',
  ];
  for (let n = 1; n <= count; n++) {
    lines.push(
      '',
      `resource st${n} 'Microsoft.Storage/storageAccounts@2023-05-01' = {`,
      `  name: 'st${n}'`,
      '  location: location',
      "  properties: { publicNetworkAccess: 'Enabled' }",
      '}',
      '',
      `resource pe${n} 'Microsoft.Network/privateEndpoints@2023-11-01' = {`,
      `  name: 'pe${n}'`,
      '  location: location',
      '  properties: {',
      '    subnet: { id: vnet.properties.subnets[0].id }',
      `    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: st${n}.id, groupIds: [ 'blob' ] } } ]`,
      '  }',
      '}',
    );
  }
  return lines.join('\n') + '\n';
}

function statsWithoutText(cache: AnalysisCache): { replayed: number; lowered: number } {
  const { replayed, lowered } = cache.declarations.stats;
  return { replayed, lowered };
}

test('Bicep: an edit re-lowers the resource and those that read it; the rest are replayed', () => {
  const path = '/w/main.bicep';
  let text = bicepEndpoints(3);
  const cache = new AnalysisCache();
  const first = findingsOf(path, text, { cache });
  assert.notEqual(first, '[]', 'the file has findings to compare');
  assert.deepEqual(statsWithoutText(cache), { replayed: 0, lowered: 7 });

  // Renaming st2 changes its id, which pe2 reads: both are lowered again.
  text = text.replace("name: 'st2'", "name: 'st2x'");
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual(statsWithoutText(cache), { replayed: 5, lowered: 2 });

  // A comment between declarations moves everything after it: replayed all the same, at their new places.
  text = text.replace('\nresource st1', '\n// storage\nresource st1');
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual(statsWithoutText(cache), { replayed: 7, lowered: 0 });

  // The parameter default every resource reads (and names in messages) changed: all lowered again.
  text = text.replace("param location string = 'westeurope'", "param location string = 'northeurope'");
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual(statsWithoutText(cache), { replayed: 0, lowered: 7 });
});

test('Bicep: a resource that named an undeclared symbol is lowered again once it is declared', () => {
  const path = '/w/late.bicep';
  const endpoint = [
    "resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' = {",
    "  name: 'pe'",
    "  location: 'westeurope'",
    "  properties: { privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: st.id, groupIds: [ 'blob' ] } } ] }",
    '}',
  ].join('\n');
  const storage =
    "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'st1'\n  location: 'westeurope'\n  properties: { publicNetworkAccess: 'Enabled' }\n}\n";
  const cache = new AnalysisCache();
  const before = findingsOf(path, `${endpoint}\n`, { cache });
  const text = `${endpoint}\n\n${storage}`;
  const after = findingsOf(path, text, { cache });
  assert.equal(after, findingsOf(path, text, {}));
  assert.notEqual(after, before, 'declaring st changes what pe connects to');
  assert.deepEqual(statsWithoutText(cache), { replayed: 0, lowered: 2 });
});

/**
 * Deployments across files (the multi-file acceptance cases): edits land in the entry file or in a module, linked
 * template or parameter file the host serves, so the parse memo must notice which files changed.
 */
test('cached analyses equal fresh ones after random edits across files: multi-file cases', () => {
  const root = testSource('acceptance', 'multifile');
  const cases = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, 'expect.json')));
  assert.ok(cases.length > 40, `expected the multi-file cases, found ${cases.length}`);
  cases.forEach((name, i) => {
    const dir = join(root, name);
    const spec = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')) as { entry: string; parameters?: string };
    const files = filesUnder(dir, (file) => file !== 'expect.json' && /\.(bicep|json|bicepparam)$/.test(file));
    const entry = join(dir, spec.entry);
    fc.assert(
      fc.property(fc.array(fc.record({ file: fc.nat(), edit: editArbitrary() }), { minLength: 1, maxLength: 5 }), (steps) => {
        const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
        const host = { workspaceRoot: dir, readFile: (path: string) => texts.get(path) };
        const optionsOf = (): AnalysisOptions =>
          spec.parameters
            ? { host, parameterFile: { path: join(dir, spec.parameters), text: texts.get(join(dir, spec.parameters)) ?? '' } }
            : { host };
        const cache = new AnalysisCache();
        const analyse = (): void => {
          const text = texts.get(entry) ?? '';
          assert.equal(findingsOf(entry, text, { ...optionsOf(), cache }), findingsOf(entry, text, optionsOf()), `after editing ${name}`);
        };
        analyse();
        for (const step of steps) {
          const target = step.file % 3 === 0 ? entry : files[step.file % files.length];
          const text = texts.get(target) ?? '';
          texts.set(target, applyEdit(text, resolveEdit(text, step.edit)));
          analyse();
        }
      }),
      { numRuns: 3 * FUZZ_FACTOR, seed: 7000 + i * FUZZ_FACTOR, endOnFailure: true },
    );
  });
});

test('unchanged module files are parsed once while the deploying file is edited', () => {
  const dir = testSource('acceptance', 'multifile', '01-module-output-target-public');
  const entry = join(dir, 'main.bicep');
  const texts = new Map(filesUnder(dir, (file) => file.endsWith('.bicep')).map((file) => [file, readFileSync(file, 'utf8')]));
  assert.ok(texts.size >= 2, 'the case has a module');
  const host = { workspaceRoot: dir, readFile: (path: string) => texts.get(path) };
  const cache = new AnalysisCache();
  findingsOf(entry, texts.get(entry) ?? '', { host, cache });
  // The analysed file is parsed outside the memo (its tree is never used again): the modules go through it.
  assert.deepEqual(cache.parses.stats, { parsed: texts.size - 1, reused: 0 });
  findingsOf(entry, `${texts.get(entry) ?? ''}\n// edited\n`, { host, cache });
  assert.deepEqual(cache.parses.stats, { parsed: 0, reused: texts.size - 1 }, 'only the edited file is parsed again');
});

/**
 * Nested deployments (`Microsoft.Resources/deployments` with an inline template) in every form the lowering knows:
 * inner scope with parameters passed from the outer template (a parameter, a variable, a reference() to a resource
 * declared before), a nested deployment inside a nested deployment, outer scope (reading the outer parameters and
 * variables), a copy loop over a deployment, a deployment whose condition is false through a parameter default, and
 * a top-level resource reading a deployment's output. `symbolic`: languageVersion 2.0, resources by symbolic name.
 */
function nestedDeploymentsTemplate(symbolic: boolean): string {
  const storage = (name: string, access: string, location = 'westeurope'): object => ({
    type: 'Microsoft.Storage/storageAccounts',
    apiVersion: '2023-05-01',
    name,
    location,
    tags: { note: 'plain text to type in' },
    properties: { publicNetworkAccess: access },
  });
  const innerTemplate = (resources: object[], parameters: string[], outputs: object = {}): object => ({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    ...(symbolic ? { languageVersion: '2.0' } : {}),
    parameters: Object.fromEntries(parameters.map((name) => [name, { type: 'string' }])),
    resources: symbolic ? Object.fromEntries(resources.map((r, i) => [`r${i}`, r])) : resources,
    outputs,
  });
  const deployment = (name: string, properties: object, extra: object = {}): object => ({
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name,
    ...extra,
    properties: { mode: 'Incremental', ...properties },
  });
  const stRef = symbolic
    ? "reference('st0', '2023-05-01', 'Full')"
    : "reference(resourceId('Microsoft.Storage/storageAccounts', 'st0'), '2023-05-01', 'Full')";
  const resources: [string, object][] = [
    ['st0', storage('st0', 'Enabled')],
    [
      'inner1',
      deployment('inner1', {
        expressionEvaluationOptions: { scope: 'inner' },
        parameters: {
          name: { value: "[variables('stName')]" },
          access: { value: `[${stRef}.properties.publicNetworkAccess]` },
          loc: { value: "[parameters('location')]" },
        },
        template: innerTemplate(
          [
            storage("[parameters('name')]", "[parameters('access')]", "[parameters('loc')]"),
            endpoint('pe-inner1', 'app-st'),
            deployment('inner2', {
              expressionEvaluationOptions: { scope: 'inner' },
              parameters: { target: { value: "[parameters('name')]" } },
              template: innerTemplate([endpoint('pe-inner2', 'app-st'), storage('st-inner2', 'Enabled')], ['target'], {
                id: { type: 'string', value: "[resourceId('Microsoft.Storage/storageAccounts', parameters('target'))]" },
              }),
            }),
          ],
          ['name', 'access', 'loc'],
          { stId: { type: 'string', value: "[resourceId('Microsoft.Storage/storageAccounts', parameters('name'))]" } },
        ),
      }),
    ],
    [
      'outer1',
      deployment('outer1', {
        template: innerTemplate(
          [storage("[concat(variables('prefix'), '-outer')]", "[parameters('access')]"), endpoint('pe-outer1', 'app-outer')],
          [],
        ),
      }),
    ],
    [
      'looped',
      deployment(
        "[concat('looped', copyIndex())]",
        {
          expressionEvaluationOptions: { scope: 'inner' },
          parameters: { index: { value: '[string(copyIndex())]' } },
          template: innerTemplate(
            [storage("[concat('st-loop', parameters('index'))]", 'Enabled'), endpoint('pe-loop', 'st-loop0')],
            ['index'],
          ),
        },
        { copy: { name: 'loop', count: "[parameters('count')]" } },
      ),
    ],
    [
      'cond',
      deployment(
        'cond',
        {
          expressionEvaluationOptions: { scope: 'inner' },
          template: innerTemplate([{ ...storage('st-cond', 'Enabled'), condition: '[equals(1, 1)]' }, endpoint('pe-cond', 'st-cond')], []),
        },
        { condition: "[parameters('withZone')]" },
      ),
    ],
    // An endpoint to the account inner1 deploys, named by inner1's output.
    [
      'peOut',
      JSON.parse(
        JSON.stringify(endpoint('pe-out', 'st0')).replace(
          "[resourceId('Microsoft.Storage/storageAccounts', 'st0')]",
          "[reference('inner1').outputs.stId.value]",
        ),
      ),
    ],
  ];
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      ...(symbolic ? { languageVersion: '2.0' } : {}),
      parameters: {
        access: { type: 'string', defaultValue: 'Enabled' },
        location: { type: 'string', defaultValue: 'westeurope' },
        withZone: { type: 'bool', defaultValue: false },
        count: { type: 'int', defaultValue: 2 },
      },
      variables: { prefix: 'app', stName: "[concat(variables('prefix'), '-st')]" },
      resources: symbolic ? Object.fromEntries(resources) : resources.map(([, r]) => r),
    },
    null,
    2,
  );
}

test('cached analyses equal fresh ones after random edits: nested deployments (inner and outer scope, nested, looped)', () => {
  for (const [i, symbolic] of [false, true].entries()) {
    const path = `/w/nested${i}.json`;
    const text = nestedDeploymentsTemplate(symbolic);
    assert.notEqual(findingsOf(path, text, {}), '[]', 'the template has findings to compare');
    checkEditSequences(path, text, 40, 7100 + i);
  }
});

test('typing inside one nested deployment lowers only it; edits to what deployments read from outside lower them again', () => {
  for (const [i, symbolic] of [false, true].entries()) {
    const path = `/w/nested-typing${i}.json`;
    const original = nestedDeploymentsTemplate(symbolic);
    const declarations = 6;
    const cache = new AnalysisCache();
    findingsOf(path, original, { cache });
    findingsOf(path, original, { cache });
    assert.deepEqual(statsWithoutText(cache), { replayed: declarations, lowered: 0 }, `${path}: every declaration is replayed`);
    const steps: { edit: (text: string) => string; lowered: number; what: string }[] = [
      // The second 'plain text' is inside inner1's template (the first is st0's).
      { edit: (t) => insertAfter(t, 'plain text', 1, 'y'), lowered: 1, what: 'typing in inner1' },
      { edit: (t) => insertAfter(t, 'pe-inner2', 0, 'y'), lowered: 1, what: 'typing in inner2, inside inner1' },
      { edit: (t) => insertAfter(t, 'st-loop', 0, 'y'), lowered: 1, what: 'typing in the looped deployment' },
      // st0's public access is read by inner1 through reference(): both are lowered again, nothing else.
      { edit: (t) => t.replace('"publicNetworkAccess": "Enabled"', '"publicNetworkAccess": "Disabled"'), lowered: 2, what: 'editing st0' },
      { edit: (t) => t.replace('"prefix": "app"', '"prefix": "apq"'), lowered: declarations, what: 'editing an outer variable' },
      { edit: (t) => t.replace('"defaultValue": 2', '"defaultValue": 3'), lowered: declarations, what: 'editing an outer parameter' },
    ];
    let text = original;
    for (const { edit, lowered, what } of steps) {
      const next = edit(text);
      assert.notEqual(next, text, `${path}: ${what} changes the text`);
      text = next;
      assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}), `${path}: ${what}`);
      assert.equal(statsWithoutText(cache).lowered, lowered, `${path}: ${what}`);
    }
  }
});

/** A nested deployment named `name` whose inline template (inner scope) has `parts` (parameters, resources …). */
function innerScopeDeployment(name: string, parts: object): object {
  return {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name,
    properties: {
      mode: 'Incremental',
      expressionEvaluationOptions: { scope: 'inner' },
      template: {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        ...parts,
      },
    },
  };
}

/** `text` with `insert` just after the start of the `nth` (from 0) occurrence of `needle`. */
function insertAfter(text: string, needle: string, nth: number, insert: string): string {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} #${nth} is in the text`);
  return text.slice(0, at + 1) + insert + text.slice(at + 1);
}

test('a nested deployment that looked up an id nobody declared is lowered again once a resource before it is renamed to it', () => {
  const path = '/w/late.json';
  const late = {
    type: 'Microsoft.Storage/storageAccounts',
    apiVersion: '2023-05-01',
    name: 'late',
    location: 'westeurope',
    properties: { publicNetworkAccess: 'Enabled' },
  };
  const nested = innerScopeDeployment('inner', {
    resources: [
      {
        type: 'Microsoft.Storage/storageAccounts',
        apiVersion: '2023-05-01',
        name: 'st1',
        location: 'westeurope',
        properties: {
          // Found only once 'late' is declared: unknown before, so no finding about public access.
          publicNetworkAccess:
            "[reference(resourceId('Microsoft.Storage/storageAccounts', 'late'), '2023-05-01', 'Full').properties.publicNetworkAccess]",
        },
      },
      endpoint('pe1', 'st1'),
    ],
  });
  const cache = new AnalysisCache();
  // Renamed, not added: the model hands out as many keys before the deployment as it did (see declarationCache.ts).
  const before = armTemplate([{ ...late, name: 'early' }, nested]);
  const first = findingsOf(path, before, { cache });
  findingsOf(path, before, { cache });
  assert.deepEqual(statsWithoutText(cache), { replayed: 2, lowered: 0 });
  const after = before.replace('"name": "early"', '"name": "late"');
  const fresh = findingsOf(path, after, {});
  const publicAccess = (findings: string): number => findings.split('"pe-target-public-access"').length - 1;
  assert.equal(publicAccess(first), 0, 'the unknown access gives no finding');
  assert.equal(publicAccess(fresh), 1, "declaring 'late' makes st1's access known");
  assert.equal(findingsOf(path, after, { cache }), fresh);
});

/**
 * A template whose first lowering finds deploy-time choices read beyond conditions (model/deployTimeChoices.ts), so
 * every analysis lowers it again with them assumed: one choice among the top-level parameters, one inside a nested
 * deployment's own template (inner scope).
 */
function choicesTemplate(): string {
  const storage = (name: string, access: string): object => ({
    type: 'Microsoft.Storage/storageAccounts',
    apiVersion: '2023-05-01',
    name,
    location: 'westeurope',
    tags: { note: 'plain text' },
    properties: { publicNetworkAccess: access },
  });
  const conditional = (name: string, target: string, condition: string): object => ({ ...endpoint(name, target), condition });
  const nested = innerScopeDeployment('inner', {
    parameters: { innerPe: { type: 'bool', defaultValue: false } },
    resources: [
      storage('st-inner', "[if(parameters('innerPe'), 'Disabled', 'Enabled')]"),
      conditional('pe-inner', 'st-inner', "[parameters('innerPe')]"),
    ],
  });
  return armTemplate(
    [
      storage('st0', "[if(parameters('deployPe'), 'Disabled', 'Enabled')]"),
      conditional('pe0', 'st0', "[parameters('deployPe')]"),
      nested,
      storage('st1', 'Enabled'),
      endpoint('pe1', 'st1'),
      storage('st2', 'Enabled'),
    ],
    { deployPe: { type: 'bool', defaultValue: false } },
  );
}

function roundStats(cache: AnalysisCache, round: number): { replayed: number; lowered: number } {
  const { replayed, lowered } = cache.declarationsOfRound(round).stats;
  return { replayed, lowered };
}

test('lowerings that assume deploy-time choices replay from a cache of their own, keyed by the choices', () => {
  const path = '/w/choices.json';
  let text = choicesTemplate();
  const declarations = 6;
  const cache = new AnalysisCache();
  assert.notEqual(findingsOf(path, text, { cache }), '[]', 'the template has findings to compare');
  assert.deepEqual(roundStats(cache, 1), { replayed: 0, lowered: declarations }, 'a second lowering assumed the choices');
  findingsOf(path, text, { cache });
  assert.deepEqual(roundStats(cache, 1), { replayed: declarations, lowered: 0 }, 'the same text: every declaration replayed');
  const steps: { edit: (t: string) => string; lowered: number; what: string }[] = [
    // st2 comes after the nested deployment and reads no choice.
    { edit: (t) => insertAfter(t, '"st2"', 0, 'y'), lowered: 1, what: 'typing in st2' },
    // st0 comes before the nested deployment: the inner choice moves, and is still the same choice of the same text.
    { edit: (t) => insertAfter(t, 'plain text', 0, 'y'), lowered: 1, what: 'typing in st0, before the nested deployment' },
    { edit: (t) => insertAfter(t, 'plain text', 1, 'y'), lowered: 1, what: 'typing inside the nested deployment' },
    // pe0's condition was the only one through deployPe: once it is gone, deployPe is no choice any more, and st0,
    // whose text did not change, must be lowered again with deployPe read as its default.
    {
      edit: (t) => t.replace(`"condition": "[parameters('deployPe')]"`, `"condition": "[not(false())]"`),
      lowered: declarations,
      what: 'a top-level choice no longer made',
    },
    // Every declaration may read a top-level parameter: editing one lowers them all again.
    { edit: (t) => t.replace('"defaultValue": false', '"defaultValue": false '), lowered: declarations, what: 'editing the parameters' },
  ];
  for (const { edit, lowered, what } of steps) {
    const next = edit(text);
    assert.notEqual(next, text, `${what} changes the text`);
    text = next;
    assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}), what);
    assert.equal(roundStats(cache, 1).lowered, lowered, what);
  }
  checkEditSequences(path, choicesTemplate(), 30, 7300);
});

test('Bicep: lowerings that assume deploy-time choices replay from a cache of their own', () => {
  const path = '/w/choices.bicep';
  let text = [
    'param deployPe bool = false',
    "resource st0 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
    "  name: 'st0'",
    "  location: 'westeurope'",
    "  kind: 'StorageV2'",
    "  sku: { name: 'Standard_LRS' }",
    "  properties: { publicNetworkAccess: deployPe ? 'Disabled' : 'Enabled' }",
    '}',
    "resource pe0 'Microsoft.Network/privateEndpoints@2023-11-01' = if (deployPe) {",
    "  name: 'pe0'",
    "  location: 'westeurope'",
    '  properties: {',
    "    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }",
    "    privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: st0.id, groupIds: ['blob'] } }]",
    '  }',
    '}',
    "resource st1 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
    "  name: 'st1'",
    "  location: 'westeurope'",
    "  kind: 'StorageV2'",
    "  sku: { name: 'Standard_LRS' }",
    "  tags: { note: 'plain text' }",
    '}',
    '',
  ].join('\n');
  const cache = new AnalysisCache();
  findingsOf(path, text, { cache });
  assert.deepEqual(roundStats(cache, 1), { replayed: 0, lowered: 3 }, 'a second lowering assumed the choice');
  text = insertAfter(text, 'plain text', 0, 'y');
  assert.equal(findingsOf(path, text, { cache }), findingsOf(path, text, {}));
  assert.deepEqual(roundStats(cache, 1), { replayed: 2, lowered: 1 }, 'typing in st1 lowers it alone');
  // A second choice, innerPe, keeps a second lowering in every analysis. Once pe0 always exists, deployPe is no
  // choice any more: st0's text is the same, but it must not keep the value it had with deployPe assumed.
  const bothChoices = `param innerPe bool = false\n${text}`
    .replace("tags: { note: 'y", "properties: { publicNetworkAccess: innerPe ? 'Disabled' : 'Enabled' }\n  tags: { note: 'y")
    .concat(
      "resource pe1 'Microsoft.Network/privateEndpoints@2023-11-01' = if (innerPe) {\n",
      "  name: 'pe1'\n  location: 'westeurope'\n",
      "  properties: { privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: st1.id, groupIds: ['blob'] } }] }\n}\n",
    );
  const innerOnly = bothChoices.replace('if (deployPe) {', "if (!empty('x')) {");
  assert.notEqual(findingsOf(path, innerOnly, {}), findingsOf(path, bothChoices, {}), 'st0 is open once its endpoint always exists');
  findingsOf(path, bothChoices, { cache });
  findingsOf(path, bothChoices, { cache });
  assert.equal(findingsOf(path, innerOnly, { cache }), findingsOf(path, innerOnly, {}), 'deployPe no longer a choice');
  assert.ok(roundStats(cache, 1).replayed > 0, 'the second lowering replayed what it could');
  checkEditSequences(path, text, 30, 7400);
});
