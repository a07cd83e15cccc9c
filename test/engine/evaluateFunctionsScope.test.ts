// Tests the shared builtin library's scope functions: resource id shapes with the current-scope unknowns, scope
// overrides, resourceGroup()/subscription()/tenant()/deployment(), environment() and the CIDR functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callBuiltin, createBuiltinContext } from '../../server/src/engine/evaluate/functions';
import { Value, valuesEqual } from '../../server/src/engine/evaluate/value';
import { assertUnknown, fn, part, P, u } from '../support/builtins';
import { AnalysisContext } from '../../server/src/engine/analysisContext';

const SUB = part('subscription().subscriptionId');
const RG = part('resourceGroup().name');

// ---- scope and resource ids ----

test('resourceId without subscription and group uses the current-scope unknowns', () => {
  assert.equal(
    fn('resourceId', 'Microsoft.Network/virtualNetworks/subnets', 'vnet', 'default'),
    `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/virtualNetworks/vnet/subnets/default`,
  );
});

test('resourceId with a group, and with subscription and group', () => {
  assert.equal(
    fn('resourceId', 'other-rg', 'Microsoft.Storage/storageAccounts', 'st1'),
    `/subscriptions/${SUB}/resourceGroups/other-rg/providers/Microsoft.Storage/storageAccounts/st1`,
  );
  assert.equal(
    fn('resourceId', '0000', 'rg', 'Microsoft.Storage/storageAccounts', 'st1'),
    '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1',
  );
  assert.equal(
    fn('resourceId', P, 'Microsoft.Storage/storageAccounts', 'st1'),
    `/subscriptions/${SUB}/resourceGroups/${part("parameters('p')")}/providers/Microsoft.Storage/storageAccounts/st1`,
  );
});

test('resourceId with unknown names marks them, and the same call gives the same id', () => {
  const a = fn('resourceId', 'Microsoft.Storage/storageAccounts', P);
  const b = fn('RESOURCEID', 'Microsoft.Storage/storageAccounts', P);
  assert.equal(a, `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Storage/storageAccounts/${part("parameters('p')")}`);
  assert.equal(valuesEqual(a as Value, b as Value), true);
  assert.equal(valuesEqual(a as Value, fn('resourceId', 'Microsoft.Storage/storageAccounts', 'x') as Value), undefined);
  // Differing only between unknown segments: valuesEqual (value.ts) leaves that undecided, never true.
  assert.notEqual(valuesEqual(a as Value, fn('resourceId', 'Microsoft.KeyVault/vaults', P) as Value), true);
});

test('resourceId splits names written with slashes and rejects wrong arity', () => {
  assert.equal(
    fn('resourceId', 'Microsoft.Network/privateDnsZones/virtualNetworkLinks', 'privatelink.blob.core.windows.net/link'),
    `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net/virtualNetworkLinks/link`,
  );
  assertUnknown(fn('resourceId', 'Microsoft.Network/virtualNetworks/subnets', 'vnet'));
  assertUnknown(fn('resourceId', 'Microsoft.Network/virtualNetworks', 'a', 'b'));
  assertUnknown(fn('resourceId', P, 'name'));
  assertUnknown(fn('resourceId', 'Microsoft.Storage/storageAccounts', ''));
  assertUnknown(fn('resourceId', 1, 'Microsoft.Storage/storageAccounts', 'x'));
});

test('subscription, tenant, management group and extension resource ids', () => {
  assert.equal(
    fn('subscriptionResourceId', 'Microsoft.Resources/resourceGroups', 'rg'),
    `/subscriptions/${SUB}/providers/Microsoft.Resources/resourceGroups/rg`,
  );
  assert.equal(
    fn('subscriptionResourceId', '1111', 'Microsoft.Resources/resourceGroups', 'rg'),
    '/subscriptions/1111/providers/Microsoft.Resources/resourceGroups/rg',
  );
  assert.equal(
    fn('tenantResourceId', 'Microsoft.Authorization/policyDefinitions', 'p'),
    '/providers/Microsoft.Authorization/policyDefinitions/p',
  );
  assert.equal(
    fn('managementGroupResourceId', 'mg1', 'Microsoft.Authorization/policyDefinitions', 'p'),
    '/providers/Microsoft.Management/managementGroups/mg1/providers/Microsoft.Authorization/policyDefinitions/p',
  );
  assert.equal(
    fn('managementGroupResourceId', 'Microsoft.Authorization/policyDefinitions', 'p'),
    `/providers/Microsoft.Management/managementGroups/${part('managementGroup().name')}/providers/Microsoft.Authorization/policyDefinitions/p`,
  );
  assert.equal(
    fn(
      'extensionResourceId',
      '/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/st',
      'Microsoft.Authorization/locks',
      'lock',
    ),
    '/subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/st/providers/Microsoft.Authorization/locks/lock',
  );
});

test('scope overrides in the context replace the current-scope unknowns', () => {
  const ctx = createBuiltinContext(new AnalysisContext(), { subscriptionId: 'sub', resourceGroupName: u("nested:parameters('rg')") });
  assert.equal(
    callBuiltin('resourceId', ['Microsoft.Storage/storageAccounts', 'st'], ctx),
    `/subscriptions/sub/resourceGroups/${part("nested:parameters('rg')")}/providers/Microsoft.Storage/storageAccounts/st`,
  );
  assert.deepEqual((callBuiltin('resourceGroup', [], ctx) as Record<string, Value>).name, u("nested:parameters('rg')"));
});

test('resourceGroup(), subscription(), tenant(), deployment()', () => {
  const rg = fn('resourceGroup') as Record<string, Value>;
  assert.equal(rg.id, `/subscriptions/${SUB}/resourceGroups/${RG}`);
  assert.deepEqual(rg.name, u('resourceGroup().name'));
  assert.deepEqual(rg.location, u('resourceGroup().location'));
  assert.equal(rg.type, 'Microsoft.Resources/resourceGroups');
  const sub = fn('subscription') as Record<string, Value>;
  assert.equal(sub.id, `/subscriptions/${SUB}`);
  assert.deepEqual(sub.subscriptionId, u('subscription().subscriptionId'));
  assert.deepEqual(sub.tenantId, u('tenant().tenantId'));
  const tenant = fn('tenant') as Record<string, Value>;
  assert.deepEqual(tenant.tenantId, sub.tenantId);
  assert.deepEqual((fn('deployment') as Record<string, Value>).name, u('deployment().name'));
  // Bicep's resourceGroup('name') names another group.
  const other = fn('resourceGroup', 'other') as Record<string, Value>;
  assert.equal(other.id, `/subscriptions/${SUB}/resourceGroups/other`);
  assertUnknown(other.location, "resourcegroup('other').location");
});

test('environment() is the public cloud', () => {
  const env = fn('environment') as Record<string, Record<string, Value>>;
  assert.equal(env.name as unknown as string, 'AzureCloud');
  assert.equal(env.suffixes.storage, 'core.windows.net');
  assert.equal(env.suffixes.sqlServerHostname, '.database.windows.net');
  assert.equal(env.suffixes.keyvaultDns, '.vault.azure.net');
  assert.equal(env.suffixes.acrLoginServer, '.azurecr.io');
  assert.equal(env.resourceManager as unknown as string, 'https://management.azure.com/');
});

test('parseCidr, cidrSubnet, cidrHost (IPv4)', () => {
  assert.deepEqual(fn('parseCidr', '10.144.0.0/20'), {
    network: '10.144.0.0',
    netmask: '255.255.240.0',
    broadcast: '10.144.15.255',
    firstUsable: '10.144.0.1',
    lastUsable: '10.144.15.254',
    cidr: 20,
  });
  assert.equal(fn('cidrSubnet', '10.144.0.0/20', 24, 3), '10.144.3.0/24');
  assert.equal(fn('cidrSubnet', '10.144.0.5/20', 24, 0), '10.144.0.0/24');
  assertUnknown(fn('cidrSubnet', '10.144.0.0/20', 24, 16));
  assertUnknown(fn('cidrSubnet', '10.144.0.0/20', 16, 0));
  assert.equal(fn('cidrHost', '10.144.3.0/24', 0), '10.144.3.1');
  assert.equal(fn('cidrHost', '10.144.3.0/24', 253), '10.144.3.254');
  assertUnknown(fn('cidrHost', '10.144.3.0/24', 254));
  assertUnknown(fn('parseCidr', 'fd00::/64'));
  assertUnknown(fn('parseCidr', '300.1.1.1/8'));
});
