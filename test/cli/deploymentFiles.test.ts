// What a template deploys, read from its text alone (cli/deploymentFiles.ts), as Azure reads the text: a linked
// template in a comment is not followed, one written with single quotes is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deployedFiles } from '../../server/src/node/deploymentFiles';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

test('linked templates are read past comments and single quotes', () => {
  const linking = [
    '{',
    `  "$schema": "${SCHEMA}",`,
    '  // "templateLink": { "relativePath": "old.json" },',
    '  "resources": [ { "properties": { "templateLink": { "relativePath": "nested/new.json" } } },',
    "    { 'properties': { 'templateLink': { 'relativePath': 'quoted.json' } } } ]",
    '}',
  ].join('\n');
  assert.deepEqual(deployedFiles('/repo/main.json', linking, 'arm').sort(), ['/repo/nested/new.json', '/repo/quoted.json']);
});
