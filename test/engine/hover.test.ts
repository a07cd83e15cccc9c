/** Hovers: explanations specialised to the document, in both languages, at the places users point at. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeDocument, DOCS_BASE_URL, hoverAt, hoverFromSnapshot } from '../../server/src/engine';

const ARM = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.Network/virtualNetworks",
      "apiVersion": "2024-05-01",
      "name": "vnet",
      "location": "westeurope",
      "properties": {
        "addressSpace": { "addressPrefixes": [ "10.0.0.0/16" ] },
        "subnets": [ { "name": "snet", "properties": { "addressPrefix": "10.0.1.0/24", "privateEndpointNetworkPolicies": "Disabled" } } ]
      }
    },
    {
      "type": "Microsoft.Network/privateEndpoints",
      "apiVersion": "2024-05-01",
      "name": "pe",
      "location": "westeurope",
      "properties": {
        "subnet": { "id": "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]" },
        // privatelink-disable-next-line pe-single-connection
        "privateLinkServiceConnections": [
          { "name": "c", "properties": { "privateLinkServiceId": "[resourceId('Microsoft.Storage/storageAccounts', 'st')]", "groupIds": [ "blob" ] } }
        ]
      }
    },
    {
      "type": "Microsoft.Network/privateLinkServices",
      "apiVersion": "2024-05-01",
      "name": "pls",
      "location": "westeurope",
      "properties": {
        "visibility": { "subscriptions": [ "*" ] }
      }
    }
  ]
}`;

function hover(text: string, needle: string, path = 'main.json', delta = 2): string {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `needle ${needle} not found`);
  return hoverAt({ path, text }, offset + delta)?.markdown ?? '';
}

test('over groupIds: the valid ids of this target with their zones', () => {
  const markdown = hover(ARM, '"groupIds"');
  assert.match(markdown, /Azure Storage account/);
  assert.match(markdown, /`blob` \| `privatelink\.blob\.core\.windows\.net`/);
  assert.match(markdown, /\[More\]\(https:\/\/github\.com\/[^)]*\/docs\/rules\/pe-valid-group-id\.md\)/);
});

test('over a private endpoint type: the chain with ticks and crosses', () => {
  const markdown = hover(ARM, 'Microsoft.Network/privateEndpoints');
  assert.match(markdown, /✅ Group id: `blob`/);
  assert.match(markdown, /❌ DNS zone group: missing/);
});

test('DNS managed by policy: the zone group line says so instead of a cross', () => {
  const offset = ARM.indexOf('Microsoft.Network/privateEndpoints') + 2;
  const markdown = hoverAt({ path: 'main.json', text: ARM }, offset, { dns: 'policy' })?.markdown ?? '';
  assert.match(markdown, /ℹ️ DNS zone group: left to Azure Policy/);
  assert.doesNotMatch(markdown, /❌ DNS zone group/);
  assert.doesNotMatch(markdown, /has no private DNS zone group/, 'the silenced finding is not in the hover either');
});

test('over visibility: what this file exposes', () => {
  assert.match(hover(ARM, '"visibility"'), /anyone/i);
});

test('over privateEndpointNetworkPolicies: what the value written here means, else the four values', () => {
  assert.match(
    hover(ARM, '"privateEndpointNetworkPolicies"'),
    /Here: `Disabled`, so neither network security groups nor route tables apply/,
  );
  const computed = hover(
    ARM.replace('"privateEndpointNetworkPolicies": "Disabled"', '"privateEndpointNetworkPolicies": "[parameters(\'p\')]"'),
    '"privateEndpointNetworkPolicies"',
  );
  for (const value of ['Disabled', 'Enabled', 'NetworkSecurityGroupEnabled', 'RouteTableEnabled'])
    assert.match(computed, new RegExp(value));
});

test('over a rule id in a suppression comment: the rule', () => {
  assert.match(hover(ARM, 'pe-single-connection', 'main.json', 3), /\*\*pe-single-connection\*\*/);
});

test('over a finding: its rule, besides the property explanation', () => {
  assert.match(hover(ARM, '"*"', 'main.json', 1), /\*\*pls-visibility-everyone\*\*/);
});

test('over a finding of a rule with a recorded fact: the fact and its Microsoft source', () => {
  const zone = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Network/privateDnsZones", "apiVersion": "2020-06-01", "name": "blob.core.windows.net", "location": "global" }
  ]
}`;
  const text = hover(zone, 'blob.core.windows.net', 'main.json', 1);
  assert.match(text, /\*\*dns-zone-public-name\*\*/);
  assert.match(text, /conditional forwarders target/);
  assert.match(text, /\[source 1\]\(https:\/\/learn\.microsoft\.com\/azure\/private-link\/private-endpoint-dns\)/);
});

test('Bicep: over groupIds and over a Private Link service (its prerequisite, in a few lines)', () => {
  const bicep = `resource st 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'st'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: st.id, groupIds: [ 'file' ] } } ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls'
  location: 'westeurope'
  properties: {}
}
`;
  assert.match(hover(bicep, 'groupIds', 'main.bicep'), /privatelink\.file\.core\.windows\.net/);
  const pls = hover(bicep, 'Microsoft.Network/privateLinkServices', 'main.bicep');
  assert.match(pls, /Standard/);
});

test('no hover on plain JSON or outside anything Private Link', () => {
  assert.equal(hoverAt({ path: 'package.json', text: '{ "name": "x" }' }, 3), undefined);
  assert.equal(hover(ARM, '"contentVersion"'), '');
});

// The hover explains what the editor shows. The ARM endpoint above has no zone group in this file; a Bicep endpoint
// with a zone group in its own file may still be reported by the deployment that uses it (a caller's values), and
// then the checklist must not say ✅ above the finding.
const WITH_GROUP = `resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv'), groupIds: [ 'vault' ] } } ]
  }
  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: { privateDnsZoneConfigs: [ { name: 'kv', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net') } } ] }
  }
}
`;

test('the checklist follows the findings the editor shows: a shown pe-dns-zone-group is a cross, and its rule is explained', () => {
  const offset = WITH_GROUP.indexOf('Microsoft.Network/privateEndpoints') + 2;
  const alone = hoverAt({ path: 'pe.bicep', text: WITH_GROUP }, offset)?.markdown ?? '';
  assert.match(alone, /✅ DNS zone group: present/);
  const anchor = WITH_GROUP.indexOf("'Microsoft.Network/privateEndpoints");
  const shown = [{ code: 'pe-dns-zone-group', range: { start: anchor, end: anchor + 50 } }];
  const withShown = hoverAt({ path: 'pe.bicep', text: WITH_GROUP }, offset, {}, shown)?.markdown ?? '';
  assert.match(withShown, /❌ DNS zone group: missing/);
  assert.doesNotMatch(withShown, /✅ DNS zone group/);
  assert.match(withShown, /\*\*pe-dns-zone-group\*\*/, 'the shown finding under the cursor is explained');
});

test('shown findings replace the analysis of the file alone: none shown, none explained', () => {
  const offset = ARM.indexOf('Microsoft.Network/privateEndpoints') + 2;
  const markdown = hoverAt({ path: 'main.json', text: ARM }, offset, {}, [])?.markdown ?? '';
  assert.doesNotMatch(markdown, /\*\*pe-dns-zone-group\*\*/);
});

test('two group ids on one connection: the checklist says so instead of ticking the first', () => {
  const text = WITH_GROUP.replace("groupIds: [ 'vault' ]", "groupIds: [ 'vault', 'vault2' ]");
  const markdown = hoverAt({ path: 'pe.bicep', text }, text.indexOf('Microsoft.Network/privateEndpoints') + 2)?.markdown ?? '';
  assert.match(markdown, /❌ Group ids: `vault`, `vault2` — a connection takes one/);
  assert.doesNotMatch(markdown, /✅ Group id/);
});

/** The Bicep endpoint above with its zone declared here and one link from the zone to the network `networkId`. */
function withZoneLinkedTo(networkId: string): string {
  return `${WITH_GROUP.replace("resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')", 'zone.id')}
resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}
resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'the-link'
  location: 'global'
  properties: { registrationEnabled: false, virtualNetwork: { id: ${networkId} } }
}
`;
}

test('virtual network links get no tick unless proven: a shown dns-zone-vnet-link finding is a cross', () => {
  const text = withZoneLinkedTo("resourceId('Microsoft.Network/virtualNetworks', 'other')");
  const offset = text.indexOf('Microsoft.Network/privateEndpoints') + 2;
  assert.match(hoverAt({ path: 'pe.bicep', text }, offset, {}, [])?.markdown ?? '', /❔ Virtual network link: 1 declared/);
  const at = text.indexOf('zone.id');
  const markdown =
    hoverAt({ path: 'pe.bicep', text }, offset, {}, [{ code: 'dns-zone-vnet-link', range: { start: at, end: at + 7 } }])?.markdown ?? '';
  assert.match(markdown, /❌ Virtual network link: 1 declared, none to the endpoint's network/);
});

test("a link proven to reach the endpoint's network is ticked, as the DNS path in the same hover says", () => {
  const text = withZoneLinkedTo("resourceId('Microsoft.Network/virtualNetworks', 'vnet')");
  const markdown = hoverAt({ path: 'pe.bicep', text }, text.indexOf('Microsoft.Network/privateEndpoints') + 2, {}, [])?.markdown ?? '';
  assert.match(markdown, /✅ Virtual network link: to 'vnet', the endpoint's network/);
  assert.match(markdown, /- ✅ From 'vnet': .* zone `privatelink\.vaultcore\.azure\.net`: linked to 'vnet' →/);
  // A link whose network is a parameter proves nothing: no tick, in either part.
  const unknown = `param hubName string\n${withZoneLinkedTo("resourceId('Microsoft.Network/virtualNetworks', hubName)")}`;
  const unknownMarkdown =
    hoverAt({ path: 'pe.bicep', text: unknown }, unknown.indexOf('Microsoft.Network/privateEndpoints') + 2, {}, [])?.markdown ?? '';
  assert.match(unknownMarkdown, /❔ Virtual network link: 1 declared/);
});

/** The ARM example above with the virtual network's DNS servers replaced. */
function withDnsServers(servers: string): string {
  return ARM.replace('"addressSpace": {', `"dhcpOptions": { "dnsServers": ${servers} },\n        "addressSpace": {`);
}

test('endpoint in a network with custom DNS servers: a hint that they must forward to Azure DNS', () => {
  const markdown = hover(withDnsServers('[ "10.0.0.4", "10.0.0.5" ]'), 'Microsoft.Network/privateEndpoints');
  assert.match(markdown, /ℹ️ DNS servers: `vnet` uses custom DNS servers \(`10\.0\.0\.4`, `10\.0\.0\.5`\)/);
  assert.match(
    markdown,
    /forward to Azure DNS \(`168\.63\.129\.16`\) \(\[source 1\]\(https:\/\/learn\.microsoft\.com\/azure\/private-link\/private-endpoint-dns-integration\)/,
  );
  assert.doesNotMatch(markdown, /❌ DNS servers/, 'a hint, not a cross: the forwarding is outside the template');
});

test('no DNS servers hint for Azure-provided DNS, 168.63.129.16 itself, or servers that cannot be read', () => {
  for (const text of [ARM, withDnsServers('[]'), withDnsServers('[ "168.63.129.16" ]'), withDnsServers('"[parameters(\'servers\')]"')]) {
    assert.doesNotMatch(hover(text, 'Microsoft.Network/privateEndpoints'), /DNS servers:/);
  }
});

test('Bicep: the custom DNS servers hint from a declared network and its subnet', () => {
  const bicep = `resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'hub'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: [ '10.0.0.0/16' ] }
    dhcpOptions: { dnsServers: [ '10.0.0.4' ] }
    subnets: [ { name: 'snet', properties: { addressPrefix: '10.0.1.0/24' } } ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [ { name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv'), groupIds: [ 'vault' ] } } ]
  }
}
`;
  assert.match(
    hover(bicep, 'Microsoft.Network/privateEndpoints', 'main.bicep'),
    /ℹ️ DNS servers: `hub` uses custom DNS servers \(`10\.0\.0\.4`\)/,
  );
});

// The language server keeps an analysis and answers hovers from it while the document changes: text that did not
// change is answered (moved by the edits), a declaration reaching into an edit is not.
test('a snapshot answers hovers in a newer text where it did not change, moved by the edits', () => {
  const snapshot = analyzeDocument({ path: 'main.json', text: ARM }, { keepSnapshot: true }).snapshot!;
  assert.ok(snapshot);
  // Spaces added inside the virtual network's declaration, above the endpoint.
  const edited = ARM.replace('"name": "vnet",', '"name": "vnet",    ');
  assert.notEqual(edited, ARM);
  const at = edited.indexOf('Microsoft.Network/privateEndpoints') + 2;
  const stale = hoverFromSnapshot(snapshot, 'main.json', at, [], edited);
  const fresh = hoverAt({ path: 'main.json', text: edited }, at, {}, []);
  assert.ok(stale && stale !== 'edited' && fresh);
  assert.deepEqual(stale, fresh, 'the same hover as an analysis of the new text, at the moved range');
  // The subnet is a resource of its own, written inside the edited network but not edited itself.
  const policies = hoverFromSnapshot(snapshot, 'main.json', edited.indexOf('"privateEndpointNetworkPolicies"') + 2, [], edited);
  assert.ok(policies && policies !== 'edited');
  assert.match(policies.markdown, /Here: `Disabled`/);
  // A declaration the edit reaches into, and the edit itself, are not answered from the old analysis.
  assert.equal(hoverFromSnapshot(snapshot, 'main.json', edited.indexOf('"addressPrefixes"') + 2, [], edited), 'edited');
  assert.equal(hoverFromSnapshot(snapshot, 'main.json', edited.indexOf('"name": "vnet",') + 17, [], edited), 'edited');
  // Unchanged text: no comparison needed, the same answers.
  assert.deepEqual(
    hoverFromSnapshot(snapshot, 'main.json', ARM.indexOf('"visibility"') + 2, [], ARM),
    hoverAt({ path: 'main.json', text: ARM }, ARM.indexOf('"visibility"') + 2, {}, []),
  );
});

test('a snapshot answers before an edit at the same offsets', () => {
  const snapshot = analyzeDocument({ path: 'main.json', text: ARM }, { keepSnapshot: true }).snapshot!;
  const edited = ARM.replace('"name": "pls",', '"name": "pls-renamed",');
  const at = ARM.indexOf('"groupIds"') + 2;
  const answer = hoverFromSnapshot(snapshot, 'main.json', at, [], edited);
  assert.ok(answer && answer !== 'edited');
  assert.match(answer.markdown, /`blob` \| `privatelink\.blob\.core\.windows\.net`/);
  assert.equal(edited.slice(answer.range.start, answer.range.end), '"groupIds"');
});

// Issue 19 item 5: hovers are short, correct and specific to the document, appear only where Private Link is
// involved, and send to one documentation destination: the rule page that "Show documentation" opens.
const PLS_BICEP = `resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls'
  location: 'westeurope'
  properties: {
    visibility: { subscriptions: [ '11111111-1111-1111-1111-111111111111', '22222222-2222-2222-2222-222222222222' ] }
    autoApproval: { subscriptions: [ '11111111-1111-1111-1111-111111111111' ] }
  }
}
`;

/** Words as a reader counts them: link targets and table rules are not read. */
function words(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[|*`#-]+/g, ' ')
    .split(/\s+/)
    .filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

test('over autoApproval: auto-approval, not visibility', () => {
  const markdown = hover(PLS_BICEP, 'autoApproval', 'main.bicep');
  assert.match(markdown, /approved without review/);
  assert.match(markdown, /Here: \*\*1 subscription is\*\* approved without review/);
  assert.doesNotMatch(markdown, /find the service|mode \*|Restrictive|role-based/i);
  assert.match(markdown, /docs\/rules\/pls-auto-approval-scope\.md/);
  assert.match(hover(PLS_BICEP, 'visibility', 'main.bicep'), /2 subscription\(s\)\*\* are listed/);
});

test('property and resource hovers stay short: a few lines, then one link to more', () => {
  const offsets = (text: string, pattern: RegExp): number[] => [...text.matchAll(pattern)].map((m) => (m.index ?? 0) + 2);
  const cases: [string, string, RegExp][] = [
    [ARM, 'main.json', /"(groupIds|privateLinkServiceConnections|privateEndpointNetworkPolicies|visibility|subnets)"/g],
    [PLS_BICEP, 'main.bicep', /\b(visibility|autoApproval)\b/g],
  ];
  let measured = 0;
  for (const [text, path, pattern] of cases) {
    for (const offset of offsets(text, pattern)) {
      const markdown = hoverAt({ path, text }, offset, {}, [])?.markdown;
      if (!markdown) continue;
      measured++;
      // The group id table lists the target's ids with their zones: rows of data, not prose.
      const prose = markdown.replace(/^\|.*\|$/gm, '');
      assert.ok(words(prose) <= 80, `${words(prose)} words at ${text.slice(offset - 2, offset + 20)}:\n${markdown}`);
      assert.equal(markdown.match(/\[More\]\(/g)?.length, 1, markdown);
    }
  }
  assert.ok(measured >= 5, `${measured} hovers measured`);
  for (const type of ['Microsoft.Network/privateLinkServices', 'Microsoft.Network/privateEndpoints']) {
    const markdown = hover(ARM, type);
    const checklist = markdown.split('\n').filter((line) => /^\s*(- )?(✅|❌|❔|ℹ️)/u.test(line));
    const prose = markdown
      .split('\n')
      .filter((line) => !checklist.includes(line))
      .join('\n');
    assert.ok(words(prose) <= 60, `${type}: ${words(prose)} words besides the checklist:\n${markdown}`);
  }
});

const STORAGE = (withEndpoint: boolean): string => `resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stnotes'
  location: 'westeurope'
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: { publicNetworkAccess: 'Enabled' }
}
${
  withEndpoint
    ? `
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-notes'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet') }
    privateLinkServiceConnections: [ { name: 'blob', properties: { privateLinkServiceId: st.id, groupIds: [ 'blob' ] } } ]
  }
}
`
    : ''
}`;

test('a storage account gets a hover only when a private endpoint of the analysis connects to it', () => {
  assert.equal(hover(STORAGE(false), 'Microsoft.Storage/storageAccounts', 'main.bicep'), '');
  const markdown = hover(STORAGE(true), 'Microsoft.Storage/storageAccounts', 'main.bicep');
  assert.match(markdown, /\*\*Azure Storage account\*\*, reached through private endpoint pe/);
  // The group ids the endpoint asks for, not every one the service offers.
  assert.match(markdown, /\(group ids: `blob`\)\./);
  assert.match(markdown, /❌ Public access: still open \(publicNetworkAccess is 'Enabled'\)/);
  assert.ok(words(markdown) <= 60, markdown);
});

test("every link a hover gives to this project's documentation goes to the rule page the quick fix opens", () => {
  const markdown = [
    hover(ARM, '"groupIds"'),
    hover(ARM, '"*"', 'main.json', 1),
    hover(PLS_BICEP, 'autoApproval', 'main.bicep'),
    hover(STORAGE(true), 'Microsoft.Storage/storageAccounts', 'main.bicep'),
  ].join('\n');
  const ours = [...markdown.matchAll(/\]\((https:\/\/github\.com\/[^)]*)\)/g)].map((m) => m[1]);
  assert.ok(ours.length >= 4);
  for (const url of ours) assert.match(url, new RegExp(`^${DOCS_BASE_URL.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[a-z0-9-]+\\.md$`));
});
