// Tests declaring a new template parameter, the first action of the fixes that hand a template a value from outside
// (an existing zone's id, the subscriptions a service is shown to): the exact text written in ARM JSON and Bicep, where
// it goes, and when it is refused because the name is taken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FixAction, NewParameter } from '../../server/src/engine/fixes/fix';
import { renderJsonAction } from '../../server/src/engine/fixes/jsonWriter';
import { renderBicepAction } from '../../server/src/engine/fixes/bicepWriter';
import { SourceFile } from '../../server/src/engine/model/sourceFile';
import { applyEdits } from '../support/applyEdits';
import { checkedJson, lines } from './fixesSupport';

const ZONE_ID: NewParameter = { name: 'zoneId', type: 'string', description: "The zone's id (it's in the hub)" };
const SUBSCRIPTIONS: NewParameter = {
  name: 'visibleTo',
  type: 'array',
  defaultValue: [{ kind: 'expression', arm: 'subscription().subscriptionId', bicep: 'subscription().subscriptionId' }, 'other'],
};

function action(file: SourceFile, parameter: NewParameter): FixAction {
  return { kind: 'addParameter', file, parameter };
}

function addJson(text: string, parameter: NewParameter): string {
  const file = new SourceFile('/work/main.json', text, 'arm');
  const edits = renderJsonAction(action(file, parameter));
  assert.ok(edits, 'the parameter should be written');
  return checkedJson(applyEdits(text, edits));
}

function addBicep(text: string, parameter: NewParameter): string {
  const file = new SourceFile('/work/main.bicep', text, 'bicep');
  const edits = renderBicepAction(action(file, parameter));
  assert.ok(edits, 'the parameter should be written');
  return applyEdits(text, edits);
}

const TEMPLATE = lines('{', '  "parameters": {', '    "location": {', '      "type": "string"', '    }', '  },', '  "resources": []', '}');

test('ARM: a parameter joins the parameters object, with its metadata and default, in the file indentation', () => {
  assert.equal(
    addJson(TEMPLATE, ZONE_ID),
    TEMPLATE.replace(
      '    }\n  },',
      '    },\n    "zoneId": {\n      "type": "string",\n      "metadata": {\n        "description": "The zone\'s id (it\'s in the hub)"\n      }\n    }\n  },',
    ),
  );
  assert.equal(
    addJson(TEMPLATE, SUBSCRIPTIONS),
    TEMPLATE.replace(
      '    }\n  },',
      '    },\n    "visibleTo": {\n      "type": "array",\n      "defaultValue": [\n        "[subscription().subscriptionId]",\n        "other"\n      ]\n    }\n  },',
    ),
  );
});

test('ARM: a template without parameters gets the object, CRLF and tabs kept', () => {
  const text = lines('{', '\t"resources": []', '}').replace(/\n/g, '\r\n');
  assert.equal(
    addJson(text, { name: 'p', type: 'bool', defaultValue: false }),
    lines(
      '{',
      '\t"resources": [],',
      '\t"parameters": {',
      '\t\t"p": {',
      '\t\t\t"type": "bool",',
      '\t\t\t"defaultValue": false',
      '\t\t}',
      '\t}',
      '}',
    ).replace(/\n/g, '\r\n'),
  );
});

test('ARM: a minified template and an empty parameters object', () => {
  assert.equal(
    addJson('{"parameters":{},"resources":[]}', { name: 'p', type: 'int' }),
    '{"parameters":{ "p": { "type": "int" } },"resources":[]}',
  );
  assert.equal(
    addJson('{"parameters":{"a":{"type":"string"}},"resources":[]}', { name: 'p', type: 'object', defaultValue: {} }),
    '{"parameters":{"a":{"type":"string"}, "p": { "type": "object", "defaultValue": {} }},"resources":[]}',
  );
});

test('ARM: a name already declared (in any case), a parameters value that is not an object, or no template object: refused', () => {
  const refused = (text: string, name = 'zoneid') =>
    renderJsonAction(action(new SourceFile('/work/main.json', text, 'arm'), { ...ZONE_ID, name }));
  assert.equal(refused('{ "parameters": { "ZoneId": { "type": "string" } } }'), undefined);
  assert.equal(refused('{ "parameters": "[variables(\'p\')]" }'), undefined);
  assert.equal(refused('[]'), undefined);
  assert.ok(refused('{ "parameters": { "ZoneId": { "type": "string" } } }', 'other'));
});

const BICEP = lines(
  "targetScope = 'resourceGroup'",
  '',
  "@description('Where')",
  "param location string = 'westeurope'",
  'param count int',
  '',
  "var name = 'x'",
  '',
);

test('Bicep: after the last parameter, a blank line before it, with its description and default', () => {
  assert.equal(
    addBicep(BICEP, ZONE_ID),
    BICEP.replace('param count int\n', "param count int\n\n@description('The zone\\'s id (it\\'s in the hub)')\nparam zoneId string\n"),
  );
  assert.equal(
    addBicep(BICEP.replace(/\n/g, '\r\n').replace(/^ {2}/gm, '\t'), SUBSCRIPTIONS),
    BICEP.replace(
      'param count int\n',
      "param count int\n\nparam visibleTo array = [\n  subscription().subscriptionId\n  'other'\n]\n",
    ).replace(/\n/g, '\r\n'),
  );
});

test('Bicep: without parameters, before the first statement that is not a scope, metadata or import (its decorators too)', () => {
  const text = lines("targetScope = 'resourceGroup'", "metadata info = 'x'", '', "@description('Store')", "resource st 'a@1' = {}", '');
  assert.equal(
    addBicep(text, { name: 'p', type: 'string', defaultValue: 'v' }),
    text.replace("@description('Store')", "param p string = 'v'\n\n@description('Store')"),
  );
  assert.equal(addBicep('', { name: 'p', type: 'int', defaultValue: 3 }), 'param p int = 3\n\n');
  assert.equal(addBicep('var a = 1\n', { name: 'p', type: 'int' }), 'param p int\n\nvar a = 1\n');
  const imports = lines('extension microsoftGraphV1', "import * as shared from 'shared.bicep'", 'output o int = 1', '');
  assert.equal(addBicep(imports, { name: 'p', type: 'int' }), imports.replace('output', 'param p int\n\noutput'));
});

test('Bicep: a name any declaration uses (parameters, variables, resources share one namespace) is refused', () => {
  const refused = (name: string) => renderBicepAction(action(new SourceFile('/work/main.bicep', BICEP, 'bicep'), { ...ZONE_ID, name }));
  assert.equal(refused('Location'), undefined);
  assert.equal(refused('NAME'), undefined);
  assert.ok(refused('other'));
  const decorated = new SourceFile('/work/main.bicep', '@secure() param key string\n', 'bicep');
  assert.equal(renderBicepAction(action(decorated, { ...ZONE_ID, name: 'key' })), undefined);
});
