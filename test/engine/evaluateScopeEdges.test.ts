// The scope builtins (evaluate/functionsScope.ts) at their edges: names with slashes next to unknown parts (the
// segments a resource id is matched by), malformed types and names, the number of leading arguments each form
// takes, the scope objects' arities and their keys for another scope, overrides from a nested deployment, and the
// work budget. A wrong id here is a wrong "is this the same resource" answer in every rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callBuiltin, createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import type { Value } from '../../server/src/engine/evaluate/value';
import { AnalysisContext } from '../../server/src/engine/analysisContext';
import { assertUnknown, fn, part, P, withBudget } from '../support/builtins';

const SUB = part('subscription().subscriptionId');
const RG = part('resourceGroup().name');
const SUBNETS = 'Microsoft.Network/virtualNetworks/subnets';
const prefix = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/`;

test('names with slashes around unknown parts split at the known slashes only', () => {
  const p = part("parameters('p')");
  assert.equal(fn('resourceId', SUBNETS, `${p}/snet`), `${prefix}Microsoft.Network/virtualNetworks/${p}/subnets/snet`);
  assert.equal(fn('resourceId', SUBNETS, `vnet-${p}/snet-${p}`), `${prefix}Microsoft.Network/virtualNetworks/vnet-${p}/subnets/snet-${p}`);
  assert.equal(fn('resourceId', SUBNETS, `vnet/${p}`), `${prefix}Microsoft.Network/virtualNetworks/vnet/subnets/${p}`);
  // An unknown part is one name: it never stands for two segments.
  assertUnknown(fn('resourceId', SUBNETS, p));
  assertUnknown(fn('resourceId', SUBNETS, `${p}/`)); // an empty last segment
  assertUnknown(fn('resourceId', SUBNETS, 'vnet/snet/extra'));
  assertUnknown(fn('resourceId', SUBNETS, 'vnet/'));
  assert.equal(fn('resourceId', 'Microsoft.Web/sites/slots', 'app', 2), `${prefix}Microsoft.Web/sites/app/slots/2`, 'a number is a name');
  assertUnknown(fn('resourceId', 'Microsoft.Web/sites', true));
  assertUnknown(fn('resourceId', 'Microsoft.Web/sites', null));
  assertUnknown(fn('resourceId', 'Microsoft.Web/sites', ['a']));
});

test('malformed resource types are refused', () => {
  for (const type of ['/sites', 'Microsoft.Web/', 'Microsoft.Web//slots', 'Microsoft.Web/sites/']) {
    assertUnknown(fn('resourceId', type, 'a', 'b'));
    assertUnknown(fn('resourceId', type, 'a'));
  }
  assertUnknown(fn('resourceId', 'Microsoft.Web', 'a')); // no type after the namespace
});

test('how many leading arguments each form takes', () => {
  assertUnknown(fn('resourceId', 's', 'r', 'x', 'Microsoft.Web/sites', 'a')); // three before the type
  assertUnknown(fn('subscriptionResourceId', 's', 'r', 'Microsoft.Web/sites', 'a'));
  assertUnknown(fn('tenantResourceId', 's', 'Microsoft.Web/sites', 'a'));
  assertUnknown(fn('managementGroupResourceId', 'mg', 'x', 'Microsoft.Web/sites', 'a'));
  assertUnknown(fn('resourceId', true, 'Microsoft.Web/sites', 'a'));
  assertUnknown(fn('subscriptionResourceId', 1, 'Microsoft.Web/sites', 'a'));
  assert.equal(
    fn('resourceId', P, 'rg', 'Microsoft.Web/sites', 'a'),
    `/subscriptions/${part("parameters('p')")}/resourceGroups/rg/providers/Microsoft.Web/sites/a`,
  );
  assert.equal(
    fn('subscriptionResourceId', P, 'Microsoft.Web/sites', 'a'),
    `/subscriptions/${part("parameters('p')")}/providers/Microsoft.Web/sites/a`,
  );
  assertUnknown(fn('resourceId', null, 'Microsoft.Web/sites', 'a')); // a null group
  assert.equal(
    fn('resourceId', 'rg1', 'Microsoft.Web/sites', 'a'),
    `/subscriptions/${SUB}/resourceGroups/rg1/providers/Microsoft.Web/sites/a`,
  );
  assertUnknown(fn('subscriptionResourceId', 'Microsoft.Web/sites', 'a', 'b'));
  assertUnknown(fn('tenantResourceId', 'Microsoft.Web/sites'));
  assertUnknown(fn('managementGroupResourceId', 'Microsoft.Web/sites/slots', 'a'));
  assertUnknown(fn('managementGroupResourceId', true, 'Microsoft.Web/sites', 'a'));
});

test('extension resource ids need a base and a type right after it', () => {
  assertUnknown(fn('extensionResourceId', true, 'Microsoft.Authorization/locks', 'l'));
  assertUnknown(fn('extensionResourceId', '/x', 'y', 'Microsoft.Authorization/locks', 'l'));
  assertUnknown(fn('extensionResourceId', '/x', 'Microsoft.Authorization/locks'));
  assert.equal(
    fn('extensionResourceId', P, 'Microsoft.Authorization/locks', 'l'),
    `${part("parameters('p')")}/providers/Microsoft.Authorization/locks/l`,
  );
});

test('ids cost work from the budget', () => {
  const id = fn('resourceId', 'Microsoft.Web/sites', 'a') as string;
  assert.equal(withBudget(id.length, 'resourceId', 'Microsoft.Web/sites', 'a'), id);
  assertUnknown(withBudget(id.length - 1, 'resourceId', 'Microsoft.Web/sites', 'a'));
});

test('scope objects: arities, another scope, and its keys', () => {
  assertUnknown(fn('resourceGroup', 's', 'r', 'x'));
  assertUnknown(fn('resourceGroup', true));
  assertUnknown(fn('resourceGroup', true, 'r'));
  const other = fn('resourceGroup', 'sub1', 'rg1') as Record<string, Value>;
  assert.equal(other.id, '/subscriptions/sub1/resourceGroups/rg1');
  assert.equal(other.name, 'rg1');
  assertUnknown(other.location, "resourcegroup('sub1','rg1').location");
  assertUnknown(other.tags, "resourcegroup('sub1','rg1').tags");
  assertUnknown((fn('resourceGroup') as Record<string, Value>).tags, 'resourceGroup().tags');
  assert.deepEqual((fn('resourceGroup') as Record<string, Value>).properties, { provisioningState: 'Succeeded' });

  assertUnknown(fn('subscription', 'a', 'b'));
  assertUnknown(fn('subscription', true));
  const sub = fn('subscription', 'sub1') as Record<string, Value>;
  assert.equal(sub.id, '/subscriptions/sub1');
  assert.equal(sub.subscriptionId, 'sub1');
  assertUnknown(sub.displayName, "subscription('sub1').displayName");
  assertUnknown((fn('subscription') as Record<string, Value>).displayName, 'subscription().displayName');

  assertUnknown(fn('tenant', 'x'));
  const tenant = fn('tenant') as Record<string, Value>;
  assert.equal(tenant.id, `/tenants/${part('tenant().tenantId')}`);
  assertUnknown(tenant.countryCode, 'tenant().countryCode');
  assertUnknown(tenant.displayName, 'tenant().displayName');

  assertUnknown(fn('managementGroup', 'a', 'b'));
  assertUnknown(fn('managementGroup', null));
  const current = fn('managementGroup') as Record<string, Value>;
  assert.equal(current.id, `/providers/Microsoft.Management/managementGroups/${part('managementGroup().name')}`);
  assertUnknown(current.properties, 'managementGroup().properties');
  const named = fn('managementGroup', 'mg1') as Record<string, Value>;
  assert.equal(named.id, '/providers/Microsoft.Management/managementGroups/mg1');
  assert.equal(named.name, 'mg1');
  assert.equal(named.type, 'Microsoft.Management/managementGroups');
  assertUnknown(named.properties, "managementgroup('mg1').properties");

  assertUnknown(fn('deployment', 'x'));
  const deployment = fn('deployment') as Record<string, Value>;
  assertUnknown(deployment.location, 'deployment().location');
  assertUnknown(deployment.properties, 'deployment().properties');
  assertUnknown(fn('environment', 'x'));
});

test('a nested deployment overrides every part of the current scope it knows', () => {
  const ctx = createBuiltinContext(new AnalysisContext(), {
    subscriptionId: 'sub',
    resourceGroupName: 'rg',
    resourceGroupLocation: 'westeurope',
    tenantId: 'ten',
    managementGroupName: 'mg',
    deploymentName: 'dep',
  });
  const call = (name: string, ...args: Value[]) => callBuiltin(name, args, ctx) as Record<string, Value>;
  assert.equal(
    callBuiltin('resourceId', ['Microsoft.Web/sites', 'a'], ctx),
    '/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Web/sites/a',
  );
  assert.equal(
    callBuiltin('subscriptionResourceId', ['Microsoft.Web/sites', 'a'], ctx),
    '/subscriptions/sub/providers/Microsoft.Web/sites/a',
  );
  assert.equal(
    callBuiltin('managementGroupResourceId', ['Microsoft.Web/sites', 'a'], ctx),
    '/providers/Microsoft.Management/managementGroups/mg/providers/Microsoft.Web/sites/a',
  );
  assert.equal(call('resourceGroup').location, 'westeurope');
  assert.equal(call('resourceGroup').id, '/subscriptions/sub/resourceGroups/rg');
  assert.equal(call('subscription').tenantId, 'ten');
  assert.equal(call('tenant').id, '/tenants/ten');
  assert.equal(call('managementGroup').name, 'mg');
  assert.equal(call('deployment').name, 'dep');
  // Another group named in the nested deployment keeps its own unknown location.
  assertUnknown(call('resourceGroup', 'other').location, "resourcegroup('other').location");
  assert.deepEqual(call('resourceGroup', 'other').id, '/subscriptions/sub/resourceGroups/other');
});
