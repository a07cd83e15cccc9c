// Writes deterministic benchmark templates of a requested size in ARM JSON and Bicep: virtual networks with
// subnets (literal and copy/for loops), storage accounts, private endpoints in copy loops with DNS zone groups,
// zone links, parameters, variables and the usual expressions. A few deliberate mistakes (a public storage account,
// an endpoint without a zone group) keep the rules busy. Same size and seed in, same text out.
//
// CLI: node bench/generate.mjs <arm|bicep> <lines> [out-file]

import { writeFileSync } from 'node:fs';

/** Mulberry32: small, fast, deterministic. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = [
  { type: 'Microsoft.Storage/storageAccounts', api: '2023-05-01', group: 'blob', zone: 'privatelink.blob.core.windows.net', short: 'st' },
  { type: 'Microsoft.KeyVault/vaults', api: '2023-07-01', group: 'vault', zone: 'privatelink.vaultcore.azure.net', short: 'kv' },
  { type: 'Microsoft.Storage/storageAccounts', api: '2023-05-01', group: 'file', zone: 'privatelink.file.core.windows.net', short: 'sf' },
];

// ---------------------------------------------------------------------------------------------------------------
// ARM JSON

function armHeader() {
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    metadata: { _generator: { name: 'privatelink-bench', version: '1.0.0' } },
    parameters: {
      location: { type: 'string', defaultValue: '[resourceGroup().location]', metadata: { description: 'Region of every resource.' } },
      prefix: { type: 'string', defaultValue: 'contoso', maxLength: 10 },
      environment: { type: 'string', defaultValue: 'prod', allowedValues: ['dev', 'test', 'prod'] },
      storageSku: { type: 'string', defaultValue: 'Standard_LRS' },
      endpointCount: { type: 'int', defaultValue: 3, minValue: 1, maxValue: 10 },
      allowPublicAccess: { type: 'bool', defaultValue: false },
      tags: { type: 'object', defaultValue: { owner: 'platform', costCenter: '1234' } },
    },
    variables: {
      namePrefix: "[format('{0}-{1}', parameters('prefix'), parameters('environment'))]",
      uniqueSuffix: '[uniqueString(resourceGroup().id)]',
      publicNetworkAccess: "[if(parameters('allowPublicAccess'), 'Enabled', 'Disabled')]",
      zoneNames: SERVICES.map((s) => s.zone),
      commonTags: "[union(parameters('tags'), createObject('environment', parameters('environment')))]",
    },
    resources: [],
    outputs: {},
  };
}

function armZones(resources) {
  for (const s of SERVICES) {
    resources.push({
      type: 'Microsoft.Network/privateDnsZones',
      apiVersion: '2020-06-01',
      name: s.zone,
      location: 'global',
      tags: "[variables('commonTags')]",
    });
  }
}

/** One unit: a VNet, a service, a loop of endpoints with zone groups, and the zone's link to the VNet. */
function armUnit(k, rand, template) {
  const resources = template.resources;
  const service = SERVICES[k % SERVICES.length];
  const vnet = `[format('{0}-vnet-${k}', variables('namePrefix'))]`;
  const vnetName = `format('{0}-vnet-${k}', variables('namePrefix'))`;
  const subnetCount = 2 + (k % 3);
  const second = (k >> 8) % 256;
  const first = k % 256;
  const subnets =
    k % 6 === 0
      ? {
          copy: [
            {
              name: 'subnets',
              count: subnetCount,
              input: {
                name: "[format('snet-{0}', copyIndex('subnets'))]",
                properties: {
                  addressPrefix: `[format('10.${second}.{0}.0/24', add(copyIndex('subnets'), ${first % 200}))]`,
                  privateEndpointNetworkPolicies: 'Disabled',
                },
              },
            },
          ],
        }
      : {
          subnets: Array.from({ length: subnetCount }, (_, i) => ({
            name: `snet-${i}`,
            properties: {
              addressPrefix: `10.${second}.${(first % 200) + i}.0/24`,
              privateEndpointNetworkPolicies: i === 0 ? 'Enabled' : 'Disabled',
            },
          })),
        };
  resources.push({
    type: 'Microsoft.Network/virtualNetworks',
    apiVersion: '2023-11-01',
    name: vnet,
    location: "[parameters('location')]",
    tags: "[variables('commonTags')]",
    properties: { addressSpace: { addressPrefixes: [`10.${second}.0.0/16`] }, ...subnets },
  });

  const serviceName =
    service.short === 'kv'
      ? `[take(format('kv{0}${k}{1}', parameters('prefix'), variables('uniqueSuffix')), 24)]`
      : `[take(toLower(format('${service.short}{0}${k}{1}', parameters('prefix'), variables('uniqueSuffix'))), 24)]`;
  const serviceNameExpr = serviceName.slice(1, -1);
  // Every 7th unit leaves public access on: a realistic mistake for pe-target-public-access.
  const publicAccess = k % 7 === 3 ? undefined : "[variables('publicNetworkAccess')]";
  if (service.short === 'kv') {
    resources.push({
      type: service.type,
      apiVersion: service.api,
      name: serviceName,
      location: "[parameters('location')]",
      properties: {
        tenantId: '[subscription().tenantId]',
        sku: { family: 'A', name: 'standard' },
        enableRbacAuthorization: true,
        ...(publicAccess ? { publicNetworkAccess: publicAccess } : {}),
        networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' },
      },
    });
  } else {
    resources.push({
      type: service.type,
      apiVersion: service.api,
      name: serviceName,
      location: "[parameters('location')]",
      sku: { name: "[parameters('storageSku')]" },
      kind: 'StorageV2',
      properties: {
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        ...(publicAccess ? { publicNetworkAccess: publicAccess } : {}),
        supportsHttpsTrafficOnly: true,
      },
    });
  }

  const loop = `pe${k}`;
  // Endpoints (and their zone groups) are a copy loop in every third unit and single resources elsewhere: loops
  // stay under the engine's per-analysis loop budget (MAX_LOOP_ITERATIONS) even at 100k lines, so every size is
  // fully expanded and sizes compare.
  const looped = k % 3 === 0;
  const firstEndpoint = resources.length;
  const peName = `[format('{0}-pe-${k}-{1}', variables('namePrefix'), copyIndex())]`;
  resources.push({
    type: 'Microsoft.Network/privateEndpoints',
    apiVersion: '2023-11-01',
    name: peName,
    location: "[parameters('location')]",
    copy: { name: loop, count: "[parameters('endpointCount')]" },
    dependsOn: [`[resourceId('Microsoft.Network/virtualNetworks', ${vnetName})]`, `[resourceId('${service.type}', ${serviceNameExpr})]`],
    properties: {
      subnet: {
        id: `[resourceId('Microsoft.Network/virtualNetworks/subnets', ${vnetName}, format('snet-{0}', mod(copyIndex(), ${subnetCount})))]`,
      },
      privateLinkServiceConnections: [
        {
          name: `[format('${service.group}-{0}', copyIndex())]`,
          properties: {
            privateLinkServiceId: `[resourceId('${service.type}', ${serviceNameExpr})]`,
            groupIds: [service.group],
            requestMessage: rand() < 0.5 ? 'Please approve' : "[format('Requested by {0}', parameters('prefix'))]",
          },
        },
      ],
    },
  });
  // Every 5th unit forgets the zone group: a realistic mistake for pe-dns-zone-group.
  if (k % 5 !== 4) {
    resources.push({
      type: 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
      apiVersion: '2023-11-01',
      name: `[format('{0}-pe-${k}-{1}/default', variables('namePrefix'), copyIndex())]`,
      copy: { name: `${loop}zones`, count: "[parameters('endpointCount')]" },
      dependsOn: [`[resourceId('Microsoft.Network/privateEndpoints', format('{0}-pe-${k}-{1}', variables('namePrefix'), copyIndex()))]`],
      properties: {
        privateDnsZoneConfigs: [
          {
            name: service.group,
            properties: { privateDnsZoneId: `[resourceId('Microsoft.Network/privateDnsZones', '${service.zone}')]` },
          },
        ],
      },
    });
  }
  if (!looped) {
    for (const resource of resources.slice(firstEndpoint)) {
      delete resource.copy;
      replaceInStrings(resource, (text) => text.replaceAll('copyIndex()', '0'));
    }
  }
  resources.push({
    type: 'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
    apiVersion: '2020-06-01',
    name: `[format('{0}/{1}', '${service.zone}', format('link-${k}-{0}', parameters('environment')))]`,
    location: 'global',
    dependsOn: [
      `[resourceId('Microsoft.Network/privateDnsZones', '${service.zone}')]`,
      `[resourceId('Microsoft.Network/virtualNetworks', ${vnetName})]`,
    ],
    properties: {
      registrationEnabled: false,
      virtualNetwork: { id: `[resourceId('Microsoft.Network/virtualNetworks', ${vnetName})]` },
    },
  });
  if (k % 10 === 0) {
    template.outputs[`vnet${k}Id`] = { type: 'string', value: `[resourceId('Microsoft.Network/virtualNetworks', ${vnetName})]` };
  }
}

/** Rewrites every string inside a JSON value in place. */
function replaceInStrings(value, rewrite) {
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') value[key] = rewrite(item);
    else if (item && typeof item === 'object') replaceInStrings(item, rewrite);
  }
}

export function generateArm(targetLines, seed = 1) {
  const rand = random(seed);
  const template = armHeader();
  armZones(template.resources);
  const text = () => JSON.stringify(template, null, 2) + '\n';
  // Units are roughly the same size: estimate from one, then add until the target is reached.
  let k = 0;
  armUnit(k++, rand, template);
  const base = JSON.stringify(armHeader(), null, 2).split('\n').length;
  const perUnit = Math.max(1, text().split('\n').length - base);
  while (base + k * perUnit < targetLines - perUnit) armUnit(k++, rand, template);
  let result = text();
  while (result.split('\n').length < targetLines) {
    armUnit(k++, rand, template);
    result = text();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Bicep

function bicepHeader() {
  return [
    "metadata description = 'Generated by bench/generate.mjs: private endpoints at scale.'",
    '',
    "@description('Region of every resource.')",
    'param location string = resourceGroup().location',
    '',
    '@maxLength(10)',
    "param prefix string = 'contoso'",
    '',
    "@allowed([\n  'dev'\n  'test'\n  'prod'\n])",
    "param environment string = 'prod'",
    '',
    "param storageSku string = 'Standard_LRS'",
    '',
    '@minValue(1)',
    '@maxValue(10)',
    'param endpointCount int = 3',
    '',
    'param allowPublicAccess bool = false',
    '',
    "param tags object = {\n  owner: 'platform'\n  costCenter: '1234'\n}",
    '',
    "var namePrefix = '${prefix}-${environment}'",
    'var uniqueSuffix = uniqueString(resourceGroup().id)',
    "var publicNetworkAccess = allowPublicAccess ? 'Enabled' : 'Disabled'",
    'var commonTags = union(tags, { environment: environment })',
    '',
    ...SERVICES.map(
      (s, i) =>
        `resource zone${i} 'Microsoft.Network/privateDnsZones@2020-06-01' = {\n  name: '${s.zone}'\n  location: 'global'\n  tags: commonTags\n}\n`,
    ),
  ].join('\n');
}

function bicepUnit(k, rand) {
  const zi = k % SERVICES.length;
  const service = SERVICES[zi];
  const subnetCount = 2 + (k % 3);
  const second = (k >> 8) % 256;
  const first = k % 256;
  const subnets =
    k % 6 === 0
      ? `    subnets: [for i in range(0, ${subnetCount}): {
      name: 'snet-\${i}'
      properties: {
        addressPrefix: '10.${second}.\${i + ${first % 200}}.0/24'
        privateEndpointNetworkPolicies: 'Disabled'
      }
    }]`
      : `    subnets: [\n${Array.from(
          { length: subnetCount },
          (_, i) => `      {
        name: 'snet-${i}'
        properties: {
          addressPrefix: '10.${second}.${(first % 200) + i}.0/24'
          privateEndpointNetworkPolicies: '${i === 0 ? 'Enabled' : 'Disabled'}'
        }
      }`,
        ).join('\n')}\n    ]`;
  const publicAccess = k % 7 === 3 ? '' : '    publicNetworkAccess: publicNetworkAccess\n';
  const serviceResource =
    service.short === 'kv'
      ? `resource svc${k} '${service.type}@${service.api}' = {
  name: take('kv\${prefix}${k}\${uniqueSuffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
${publicAccess}    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'AzureServices'
    }
  }
}`
      : `resource svc${k} '${service.type}@${service.api}' = {
  name: take(toLower('${service.short}\${prefix}${k}\${uniqueSuffix}'), 24)
  location: location
  sku: {
    name: storageSku
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
${publicAccess}    supportsHttpsTrafficOnly: true
  }
}`;
  const message = rand() < 0.5 ? "'Please approve'" : "'Requested by \${prefix}'";
  // As in ARM: endpoint loops in every third unit, single endpoints elsewhere (the loop budget, see generateArm).
  const looped = k % 3 === 0;
  const loopHead = looped ? '[for i in range(0, endpointCount): {' : '{';
  const loopTail = looped ? '}]' : '}';
  const index = looped ? 'i' : '0';
  const zoneGroup =
    k % 5 !== 4
      ? `
resource pe${k}Zones 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-11-01' = ${loopHead}
  parent: ${looped ? `pe${k}[i]` : `pe${k}`}
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: '${service.group}'
        properties: {
          privateDnsZoneId: zone${zi}.id
        }
      }
    ]
  }
${loopTail}
`
      : '';
  return `
resource vnet${k} 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: '\${namePrefix}-vnet-${k}'
  location: location
  tags: commonTags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.${second}.0.0/16'
      ]
    }
${subnets}
  }
}

${serviceResource}

resource pe${k} 'Microsoft.Network/privateEndpoints@2023-11-01' = ${loopHead}
  name: '\${namePrefix}-pe-${k}-\${${index}}'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet${k}.name, 'snet-\${${index} % ${subnetCount}}')
    }
    privateLinkServiceConnections: [
      {
        name: '${service.group}-\${${index}}'
        properties: {
          privateLinkServiceId: svc${k}.id
          groupIds: [
            '${service.group}'
          ]
          requestMessage: ${message}
        }
      }
    ]
  }
${loopTail}
${zoneGroup}
resource link${k} 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone${zi}
  name: 'link-${k}-\${environment}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet${k}.id
    }
  }
}
${k % 10 === 0 ? `\noutput vnet${k}Id string = vnet${k}.id\n` : ''}`;
}

export function generateBicep(targetLines, seed = 1) {
  const rand = random(seed);
  const parts = [bicepHeader()];
  let lines = parts[0].split('\n').length;
  for (let k = 0; lines < targetLines; k++) {
    const unit = bicepUnit(k, rand);
    parts.push(unit);
    lines += unit.split('\n').length - 1;
  }
  return parts.join('') + '\n';
}

export function generate(language, lines, seed = 1) {
  return language === 'arm' ? generateArm(lines, seed) : generateBicep(lines, seed);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const [language, lines, out] = process.argv.slice(2);
  if (!['arm', 'bicep'].includes(language) || !Number(lines)) {
    console.error('usage: node bench/generate.mjs <arm|bicep> <lines> [out-file]');
    process.exit(2);
  }
  const text = generate(language, Number(lines));
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
