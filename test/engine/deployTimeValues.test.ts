// `newGuid()` and `utcNow()` are made by the deployment, and ARM allows them in parameter defaults alone: the value of
// such a default is unknown, equal to itself wherever the parameter is read, different from every other call, and
// named the same in every analysis of the same text (arm/armScope.ts `deployTimeValue`), so that the declarations
// reading it can be replayed while the user types (incremental/README.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildModel } from '../../server/src/engine/buildModel';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { AnalysisCache, analyzeDocument } from '../../server/src/engine';
import { Unknown, valuesEqual, type Value } from '../../server/src/engine/evaluate/value';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

function storage(name: string, properties: object): object {
  return { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-05-01', name, location: 'westeurope', properties };
}

const template = JSON.stringify(
  {
    $schema: SCHEMA,
    parameters: {
      a: { type: 'string', defaultValue: '[newGuid()]' },
      b: { type: 'string', defaultValue: '[newGuid()]' },
      twice: { type: 'string', defaultValue: "[concat(newGuid(), '/', newGuid())]" },
      year: { type: 'string', defaultValue: "[utcNow('yyyy')]" },
    },
    resources: [
      storage('st1', { a: "[parameters('a')]", aAgain: "[parameters('a')]", b: "[parameters('b')]" }),
      storage('st2', {
        twice: "[split(parameters('twice'), '/')]",
        year: "[parameters('year')]",
        inBody: '[newGuid()]',
        inBodyAgain: '[newGuid()]',
      }),
      {
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: "[format('inner{0}', copyIndex())]",
        copy: { name: 'inners', count: 2 },
        properties: {
          mode: 'Incremental',
          expressionEvaluationOptions: { scope: 'inner' },
          template: {
            $schema: SCHEMA,
            parameters: { id: { type: 'string', defaultValue: '[newGuid()]' } },
            resources: [storage("[concat('st-', parameters('id'))]", { id: "[parameters('id')]" })],
          },
        },
      },
    ],
  },
  null,
  2,
);

function propertiesOf(analysis: AnalysisContext): Record<string, Record<string, Value>> {
  const model = buildModel(new SourceFile('/main.json', template, 'arm'), {}, analysis);
  const byName: Record<string, Record<string, Value>> = {};
  for (const resource of model.resources) {
    const body = resource.body.value as Record<string, Record<string, Value>>;
    byName[String(resource.name)] = body.properties;
  }
  return byName;
}

test('a parameter whose default is newGuid() is one value wherever it is read, and no other parameter’s', () => {
  const { st1 } = propertiesOf(new AnalysisContext());
  assert.ok(st1.a instanceof Unknown);
  assert.equal(valuesEqual(st1.a, st1.aAgain), true);
  assert.equal(valuesEqual(st1.a, st1.b), undefined, 'two defaults are two calls: never known equal');
});

test('two newGuid() calls in one default are two values; utcNow() is a deploy-time value too', () => {
  const { st2 } = propertiesOf(new AnalysisContext());
  assert.equal(valuesEqual(st2.twice, st2.twice), true);
  assert.ok(st2.year instanceof Unknown);
  const model = buildModel(
    new SourceFile('/two.json', template.replace("split(parameters('twice'), '/')", "parameters('twice')"), 'arm'),
    {},
    new AnalysisContext(),
  );
  const twice = (model.resources.find((r) => r.name === 'st2')!.body.value as Record<string, Record<string, Value>>).properties.twice;
  // concat(newGuid(), '/', newGuid()): a string of two different unknown parts around the slash.
  assert.equal(typeof twice, 'string');
  const parts = String(twice).split('/');
  assert.equal(parts.length, 2);
  assert.notEqual(parts[0], parts[1]);
});

test('each instance of a looped nested deployment makes its own newGuid() default', () => {
  const byName = propertiesOf(new AnalysisContext());
  const inner = Object.entries(byName).filter(([name]) => name.startsWith('st-'));
  assert.equal(inner.length, 2, `two inner storage accounts: ${Object.keys(byName).join(', ')}`);
  assert.equal(valuesEqual(inner[0][1].id, inner[1][1].id), undefined);
  assert.notEqual(inner[0][0], inner[1][0], 'their names differ');
});

test('a default made at deploy time is named alike in two analyses of the same text; calls outside defaults are not', () => {
  const first = propertiesOf(new AnalysisContext());
  // An analysis that numbered other unknowns before: the defaults' values are named the same all the same.
  const busier = new AnalysisContext();
  busier.anonymousUnknown();
  const second = propertiesOf(busier);
  assert.deepEqual(first.st1, second.st1);
  assert.equal(valuesEqual(first.st2.year, second.st2.year), true);
  // ARM rejects newGuid() outside parameter defaults; read anyway, each call is a value of its own.
  assert.equal(valuesEqual(first.st2.inBody, first.st2.inBodyAgain), undefined);
});

test('typing in one resource replays a resource that reads a newGuid() default', () => {
  const path = '/w/guid.json';
  const cache = new AnalysisCache();
  let text = template;
  analyzeDocument({ path, text }, { cache });
  const at = text.indexOf('"st1"') + 3;
  text = text.slice(0, at) + 'x' + text.slice(at);
  analyzeDocument({ path, text }, { cache });
  const { replayed, lowered } = cache.declarations.stats;
  // st2 reads newGuid() in its own body (an anonymous value: never replayed); st1 was edited; the deployments replay.
  assert.deepEqual({ replayed, lowered }, { replayed: 1, lowered: 2 });
});

const bicep = [
  'param suffix string = newGuid()',
  "param stamp string = utcNow('yyyyMMdd')",
  "param twice string = '${newGuid()}/${newGuid()}'",
  "resource st1 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
  "  name: 'st1'",
  "  location: 'westeurope'",
  '  properties: { a: suffix, aAgain: suffix, stamp: stamp, twice: twice }',
  '}',
  "resource st2 'Microsoft.Storage/storageAccounts@2023-05-01' = {",
  "  name: 'st2'",
  "  location: 'westeurope'",
  "  tags: { note: 'plain text' }",
  '}',
  '',
].join('\n');

test('Bicep: a newGuid() or utcNow() default is one value wherever it is read, named alike in every analysis', () => {
  const lowerBicep = (analysis: AnalysisContext): Record<string, Value> => {
    const model = buildModel(new SourceFile('/main.bicep', bicep, 'bicep'), {}, analysis);
    const st1 = model.resources.find((r) => r.name === 'st1')!;
    return (st1.body.value as Record<string, Record<string, Value>>).properties;
  };
  const first = lowerBicep(new AnalysisContext());
  assert.ok(first.a instanceof Unknown);
  assert.equal(valuesEqual(first.a, first.aAgain), true);
  assert.equal(valuesEqual(first.a, first.stamp), undefined);
  // '${newGuid()}/${newGuid()}': two different unknown parts around the slash.
  const [left, right] = String(first.twice).split('/');
  assert.ok(left && right && left !== right, 'two newGuid() calls in one default');
  const busier = new AnalysisContext();
  busier.anonymousUnknown();
  assert.deepEqual(lowerBicep(busier), first);
});
