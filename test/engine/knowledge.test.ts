// Tests the knowledge API: service lookups, group-id checks and suggestions, zone fitting, zone expressions and explanations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  armZoneExpression,
  bicepZoneExpression,
  EXPLANATION_TOPICS,
  FAQ_URL,
  getKnowledge,
} from '../../server/src/engine/knowledge/knowledge';

const k = getKnowledge();
const STORAGE = 'Microsoft.Storage/storageAccounts';
const ACR = 'Microsoft.ContainerRegistry/registries';

test('getKnowledge is built once', () => {
  assert.equal(getKnowledge(), k);
});

test('service lookups ignore case', () => {
  assert.equal(k.service('microsoft.storage/STORAGEACCOUNTS')?.resourceType, STORAGE);
  assert.equal(k.service('Microsoft.KeyVault/vaults')?.groupIds.join(), 'vault');
  assert.equal(k.service('MICROSOFT.AADIAM/PRIVATELINKFORAZUREAD')?.groupIds.join(), 'azureactivedirectory');
  assert.equal(k.service('Microsoft.Nope/things'), undefined);
  assert.equal(k.services().length, 77);
});

test('customer Private Link services are recognised and take no group id', () => {
  assert.equal(k.isCustomerPrivateLinkService('microsoft.network/PrivateLinkServices'), true);
  assert.equal(k.isCustomerPrivateLinkService(STORAGE), false);
  const pls = k.service('Microsoft.Network/privateLinkServices');
  assert.equal(pls?.groupIdKind, 'none');
  assert.deepEqual(pls?.groupIds, []);
  assert.equal(k.groupIdStatus('Microsoft.Network/privateLinkServices', 'blob'), 'invalid');
  assert.equal(k.closestGroupId('Microsoft.Network/privateLinkServices', 'blob'), undefined);
});

test('groupIdStatus: exact, case-only, invalid, unknown, patterns', () => {
  assert.equal(k.groupIdStatus(STORAGE, 'blob'), 'valid');
  assert.equal(k.groupIdStatus(STORAGE, 'Blob'), 'caseMismatch');
  assert.equal(k.groupIdStatus(STORAGE, 'blobs'), 'invalid');
  assert.equal(k.groupIdStatus('Microsoft.DocumentDB/databaseAccounts', 'Sql'), 'valid');
  assert.equal(k.groupIdStatus('Microsoft.DocumentDB/databaseAccounts', 'sql'), 'caseMismatch');
  assert.equal(k.groupIdStatus('Microsoft.Web/sites', 'sites-staging'), 'valid');
  assert.equal(k.groupIdStatus('Microsoft.Network/applicationGateways', 'appGwPrivateFrontendIp'), 'unknown');
  assert.equal(k.groupIdStatus('Microsoft.Web/hostingEnvironments', 'hostingEnvironments'), 'unknown');
  assert.equal(k.groupIdStatus('Microsoft.Nope/things', 'x'), 'unknown');
});

test('closestGroupId: case first, then small edit distances, never ambiguous', () => {
  assert.equal(k.closestGroupId(STORAGE, 'Blob'), 'blob');
  assert.equal(k.closestGroupId(STORAGE, 'blobb'), 'blob');
  assert.equal(k.closestGroupId(STORAGE, 'tabel'), 'table');
  assert.equal(k.closestGroupId(STORAGE, 'blob_secondry'), 'blob_secondary');
  assert.equal(k.closestGroupId('Microsoft.KeyVault/vaults', 'vaults'), 'vault');
  assert.equal(k.closestGroupId('Microsoft.KeyVault/vaults', 'Vault'), 'vault');
  assert.equal(k.closestGroupId('Microsoft.DocumentDB/databaseAccounts', 'sql'), 'Sql');
  assert.equal(k.closestGroupId('Microsoft.DocumentDB/databaseAccounts', 'mongodb'), 'MongoDB');
  assert.equal(k.closestGroupId('Microsoft.Sql/servers', 'sqlserver'), 'sqlServer');
  assert.equal(k.closestGroupId('Microsoft.Web/staticSites', 'staticSite'), 'staticSites');
  assert.equal(k.closestGroupId(STORAGE, 'completelydifferent'), undefined);
  assert.equal(k.closestGroupId(STORAGE, ''), undefined);
  assert.equal(k.closestGroupId('Microsoft.Nope/things', 'blob'), undefined);
});

test('zonesFor / legacyZonesFor', () => {
  const storage = k.service(STORAGE);
  assert.deepEqual(storage?.zonesFor('blob'), ['privatelink.blob.core.windows.net']);
  assert.deepEqual(storage?.zonesFor('BLOB'), ['privatelink.blob.core.windows.net']);
  assert.deepEqual(storage?.zonesFor('file_secondary'), ['privatelink.file.core.windows.net']);
  assert.deepEqual(storage?.zonesFor('nope'), []);
  assert.deepEqual(k.service(ACR)?.zonesFor('registry'), ['privatelink.azurecr.io']);
  assert.ok(k.service(ACR)?.legacyZonesFor('registry').includes('{regionName}.privatelink.azurecr.io'));
  assert.deepEqual(k.service('Microsoft.Web/sites')?.zonesFor('sites-staging'), ['privatelink.azurewebsites.net']);
  assert.match(k.service('Microsoft.HealthcareApis/services')?.zonesUnknownReason('fhir') ?? '', /zone/);
});

test('zoneFit', () => {
  assert.equal(k.zoneFit(STORAGE, 'blob', 'privatelink.blob.core.windows.net'), 'recommended');
  assert.equal(k.zoneFit(STORAGE, 'blob', 'PrivateLink.Blob.Core.Windows.Net.'), 'recommended');
  assert.equal(k.zoneFit(STORAGE, 'Blob', 'privatelink.blob.core.windows.net'), 'recommended');
  assert.equal(k.zoneFit(STORAGE, 'blob', 'privatelink.file.core.windows.net'), 'other');
  assert.equal(k.zoneFit(STORAGE, 'blob', 'privatelink.blob.core.windows.com'), 'other');
  assert.equal(k.zoneFit(STORAGE, 'nope', 'privatelink.blob.core.windows.net'), 'other');
  assert.equal(k.zoneFit('Microsoft.Nope/things', 'blob', 'privatelink.blob.core.windows.net'), 'other');
  // ACR: the regional data-endpoint name is an alternate (records belong in privatelink.azurecr.io), the older
  // regional zone is legacy; placeholders match one label, written out or literally.
  assert.equal(k.zoneFit(ACR, 'registry', 'privatelink.azurecr.io'), 'recommended');
  assert.equal(k.zoneFit(ACR, 'registry', 'westeurope.data.privatelink.azurecr.io'), 'legacy');
  assert.equal(k.zoneFit(ACR, 'registry', '{regionName}.data.privatelink.azurecr.io'), 'legacy');
  assert.equal(k.zoneFit(ACR, 'registry', 'eastus2.privatelink.azurecr.io'), 'legacy');
  assert.equal(k.zoneFit(ACR, 'registry', 'a.b.privatelink.azurecr.io'), 'other');
  assert.match(k.service(ACR)?.legacyZoneNote('registry', 'eastus.data.privatelink.azurecr.io') ?? '', /privatelink\.azurecr\.io/);
  // Other placeholder shapes.
  assert.equal(k.zoneFit('Microsoft.ContainerService/managedClusters', 'management', 'privatelink.eastus.azmk8s.io'), 'recommended');
  assert.equal(k.zoneFit('Microsoft.ContainerService/managedClusters', 'management', 'myteam.privatelink.eastus.azmk8s.io'), 'recommended');
  assert.equal(
    k.zoneFit('Microsoft.Sql/managedInstances', 'managedInstance', 'privatelink.a1b2c3d4e5f6.database.windows.net'),
    'recommended',
  );
  assert.equal(k.zoneFit('Microsoft.RecoveryServices/vaults', 'AzureBackup', 'privatelink.weu.backup.windowsazure.com'), 'recommended');
  assert.equal(k.zoneFit('Microsoft.Web/staticSites', 'staticSites', 'privatelink.3.azurestaticapps.net'), 'recommended');
  // Legacy names from older docs.
  assert.equal(k.zoneFit('Microsoft.Batch/batchAccounts', 'batchAccount', 'westeurope.privatelink.batch.azure.com'), 'legacy');
  assert.equal(k.zoneFit('Microsoft.StorageSync/storageSyncServices', 'afs', 'eastus.privatelink.afs.azure.net'), 'legacy');
  assert.equal(k.zoneFit('Microsoft.Web/sites', 'sites', 'scm.privatelink.azurewebsites.net'), 'legacy');
  assert.equal(
    k.zoneFit('Microsoft.HealthcareApis/workspaces', 'healthcareworkspace', 'privatelink.dicom.azurehealthcareapis.com'),
    'recommended',
  );
  assert.equal(
    k.zoneFit('Microsoft.HealthcareApis/workspaces', 'healthcareworkspace', 'privatelink.fhir.azurehealthcareapis.com'),
    'legacy',
  );
});

test('servicesUsingZone and isPrivateLinkZone', () => {
  const blobUsers = k.servicesUsingZone('privatelink.blob.core.windows.net');
  assert.ok(blobUsers.some((u) => u.resourceType === STORAGE && u.groupId === 'blob'));
  assert.ok(blobUsers.some((u) => u.resourceType === 'Microsoft.Compute/diskAccesses'));
  assert.ok(k.servicesUsingZone('privatelink.northeurope.azmk8s.io').some((u) => u.groupId === 'management'));
  assert.deepEqual(k.servicesUsingZone('contoso.com'), []);
  assert.ok(k.isPrivateLinkZone('privatelink.vaultcore.azure.net'));
  assert.ok(k.isPrivateLinkZone('privatelink-global.wvd.microsoft.com'));
  assert.ok(k.isPrivateLinkZone('eastus.data.privatelink.azurecr.io'));
  assert.ok(!k.isPrivateLinkZone('contoso.internal'));
});

test('public access and SKU facts', () => {
  const storage = k.service(STORAGE)?.publicAccess;
  assert.deepEqual(storage?.path, ['properties', 'publicNetworkAccess']);
  assert.deepEqual(storage?.disabledValues, ['Disabled']);
  assert.equal(storage?.caseInsensitive, true);
  assert.deepEqual(storage?.networkAclDenyPath, ['properties', 'networkAcls', 'defaultAction']);
  assert.deepEqual(k.service(ACR)?.publicAccess?.networkAclDenyPath, ['properties', 'networkRuleSet', 'defaultAction']);
  assert.deepEqual(k.service('Microsoft.KeyVault/vaults')?.publicAccess?.networkAclDenyPath, [
    'properties',
    'networkAcls',
    'defaultAction',
  ]);
  assert.deepEqual(k.service('Microsoft.CognitiveServices/accounts')?.publicAccess?.networkAclDenyPath, [
    'properties',
    'networkAcls',
    'defaultAction',
  ]);
  const automation = k.service('Microsoft.Automation/automationAccounts')?.publicAccess;
  assert.deepEqual(automation?.disabledValues, [false]);
  assert.equal(automation?.caseInsensitive, false);
  assert.deepEqual(k.service('Microsoft.DBforMySQL/flexibleServers')?.publicAccess?.path, ['properties', 'network', 'publicNetworkAccess']);
  assert.equal(k.service('Microsoft.DBforPostgreSQL/serverGroupsv2')?.publicAccess?.alsoRequired?.length, 1);
  assert.equal(k.service('Microsoft.Insights/privateLinkScopes')?.publicAccess, undefined);
  assert.ok(k.service('Microsoft.Insights/privateLinkScopes')?.publicAccessUnknown);
  assert.equal(k.service('Microsoft.Network/privateLinkServices')?.publicAccess, undefined);
  assert.deepEqual(k.service(ACR)?.skuRequirement?.allowed, ['Premium']);
  assert.deepEqual(k.service('Microsoft.AppConfiguration/configurationStores')?.skuRequirement?.disallowed, ['Free']);
  assert.deepEqual(k.service('Microsoft.ServiceBus/namespaces')?.skuRequirement?.allowed, ['Premium']);
  assert.equal(k.service(STORAGE)?.skuRequirement, undefined);
});

test('every SKU requirement names where Microsoft documents it', () => {
  const withSku = k.services().filter((service) => service.skuRequirement);
  assert.ok(withSku.length >= 3);
  for (const service of withSku) {
    const links = service.skuRequirement?.documentation ?? [];
    assert.ok(
      links.length > 0 && links.every((url) => /^https:\/\/(learn\.microsoft\.com|github\.com\/Azure\/azure-policy)\//.test(url)),
      service.resourceType,
    );
  }
});

test('allZonesNeeded: only group ids whose zones are all needed at once', () => {
  assert.equal(k.service('microsoft.insights/privatelinkscopes')?.allZonesNeeded('azuremonitor'), true);
  assert.equal(k.service('Microsoft.Insights/privateLinkScopes')?.zonesFor('AzureMonitor').length, 5);
  // Several zones that are alternatives (account kinds, AKS subzones) or a single zone: not all needed.
  assert.equal(k.service('Microsoft.CognitiveServices/accounts')?.allZonesNeeded('account'), false);
  assert.equal(k.service('Microsoft.ContainerService/managedClusters')?.allZonesNeeded('management'), false);
  assert.equal(k.service(STORAGE)?.allZonesNeeded('blob'), false);
});

test('privateZonesReplacing: public zone names and the privatelink zone that replaces them', () => {
  assert.deepEqual(k.privateZonesReplacing('blob.core.windows.net'), ['privatelink.blob.core.windows.net']);
  assert.deepEqual(k.privateZonesReplacing('Database.Windows.Net.'), ['privatelink.database.windows.net']);
  // No privatelink twin: the group's only zone.
  assert.deepEqual(k.privateZonesReplacing('vault.azure.net'), ['privatelink.vaultcore.azure.net']);
  // Shared by two AVD group ids with different zones: the twin wins.
  assert.deepEqual(k.privateZonesReplacing('wvd.microsoft.com'), ['privatelink.wvd.microsoft.com']);
  for (const name of [
    'privatelink.blob.core.windows.net',
    'azure-api.net',
    'instances.azureml.ms',
    'stapp.blob.core.windows.net',
    'contoso.com',
    '{regionName}.azmk8s.io',
  ]) {
    assert.deepEqual(k.privateZonesReplacing(name), [], name);
  }
});

test('ruleFact: the facts of the second catalog carry Microsoft documentation links', () => {
  for (const id of [
    'pe-subnet-nsg-policies',
    'pe-dfs-needs-blob',
    'dns-zone-public-name',
    'pe-connection-target-missing',
    'pe-dns-zone-group-incomplete',
  ]) {
    const fact = k.ruleFact(id);
    assert.ok(fact && fact.fact.length > 0, id);
    assert.ok(fact.sources.length > 0 && fact.sources.every((url) => url.startsWith('https://learn.microsoft.com/')), id);
  }
  assert.equal(k.ruleFact('no-such-rule'), undefined);
});

test('hintFact: the custom DNS servers hint carries its fact and Microsoft documentation links', () => {
  const fact = k.hintFact('custom-dns-servers');
  assert.match(fact?.fact ?? '', /168\.63\.129\.16/);
  assert.ok(fact && fact.sources.length > 0 && fact.sources.every((url) => url.startsWith('https://learn.microsoft.com/')));
  assert.equal(k.hintFact('no-such-hint'), undefined);
});

test('bicepZoneExpression / armZoneExpression', () => {
  assert.equal(bicepZoneExpression('privatelink.blob.core.windows.net'), "'privatelink.blob.${environment().suffixes.storage}'");
  assert.equal(bicepZoneExpression('privatelink.database.windows.net'), "'privatelink${environment().suffixes.sqlServerHostname}'");
  assert.equal(bicepZoneExpression('privatelink.azurecr.io'), "'privatelink${environment().suffixes.acrLoginServer}'");
  assert.equal(bicepZoneExpression('privatelink.vaultcore.azure.net'), undefined);
  assert.equal(bicepZoneExpression('privatelink.{dnsPrefix}.database.windows.net'), undefined);
  assert.equal(bicepZoneExpression('core.windows.net'), undefined);
  assert.equal(armZoneExpression('privatelink.file.core.windows.net'), "[concat('privatelink.file.', environment().suffixes.storage)]");
  assert.equal(armZoneExpression('privatelink.database.windows.net'), "[concat('privatelink', environment().suffixes.sqlServerHostname)]");
});

test('explanations: every topic has a title, a body, and ends with the FAQ link', () => {
  assert.ok(EXPLANATION_TOPICS.length >= 27);
  assert.equal(new Set(EXPLANATION_TOPICS).size, EXPLANATION_TOPICS.length);
  for (const topic of EXPLANATION_TOPICS) {
    const e = k.explanation(topic);
    assert.equal(e.topic, topic);
    assert.ok(e.title.length > 0, topic);
    assert.ok(e.markdown.length > 200, `${topic} is too short`);
    assert.ok(e.markdown.trimEnd().endsWith(`(${FAQ_URL})`), `${topic} does not end with the FAQ link`);
    for (const m of e.markdown.matchAll(/\]\((https?:[^)]+)\)/g)) assert.match(m[1], /^https:\/\/learn\.microsoft\.com\//, topic);
  }
});

test('explanations agree with the facts where the 2019 FAQ is outdated', () => {
  assert.match(k.explanation('protocols').markdown, /TCP and UDP/);
  assert.match(k.explanation('protocols').markdown, /TCP only/);
  assert.match(k.explanation('manualPrivateLinkServiceConnections').markdown, /140/);
  assert.match(k.explanation('publicNetworkAccess').markdown, /does not remove the public one/);
  for (const value of ['Disabled', 'Enabled', 'NetworkSecurityGroupEnabled', 'RouteTableEnabled']) {
    assert.match(k.explanation('privateEndpointNetworkPolicies').markdown, new RegExp(`\`${value}\``));
  }
  assert.match(k.explanation('natIpConfigurations').markdown, /\*\*eight\*\*/);
  assert.match(k.explanation('natIpConfigurations').markdown, /IPv4/);
  assert.match(k.explanation('visibility').markdown, /'\*'/);
});
