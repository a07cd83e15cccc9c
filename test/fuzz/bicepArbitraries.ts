/** Arbitraries for Bicep programs: declarations referring to each other, loops, modules, lambdas, interpolation. */
import fc from 'fast-check';

const NAMES = ['a', 'b', 'pe', 'vnet', 'zone', 'm', 'items'];
const TYPES = [
  'Microsoft.Network/privateEndpoints@2024-05-01',
  'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01',
  'privateDnsZoneGroups@2024-05-01',
  'Microsoft.Network/privateDnsZones@2024-06-01',
  'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01',
  'Microsoft.Network/virtualNetworks@2024-05-01',
  'Microsoft.Network/virtualNetworks/subnets@2024-05-01',
  'Microsoft.Network/privateLinkServices@2024-05-01',
  'Microsoft.Network/loadBalancers@2024-05-01',
  'Microsoft.Storage/storageAccounts@2023-05-01',
  'Microsoft.KeyVault/vaults@2023-07-01',
  'Microsoft.Resources/deployments@2022-09-01',
];
const MODULE_PATHS = [
  './m.bicep',
  './self.bicep',
  './loop.bicep',
  '../../outside.bicep',
  '/etc/passwd.bicep',
  'br:registry.io/x:1',
  'ts:sub/rg/spec:1',
  './missing.bicep',
  './t.json',
];

export const bicepExpression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(
      "'westeurope'",
      "'blob'",
      "'privatelink.blob.${environment().suffixes.storage}'",
      '0',
      '3',
      '1000000000',
      'true',
      'false',
      'null',
      'resourceGroup().location',
      'range(0, 1000000000)',
      'range(0, 800)',
      "'10.0.0.0/24'",
      'subscription().id',
    ),
    fc.constantFrom(...NAMES),
    fc
      .tuple(
        fc.constantFrom(...NAMES),
        fc.constantFrom('.id', '.name', '.properties', '.outputs', '.outputs.x', '[0]', '[1000]', '.?x', '!'),
      )
      .map(([n, a]) => `${n}${a}`),
    fc.tuple(tie('e'), tie('e')).map(([x, y]) => `'\${${x}}-\${${y}}'`),
    fc
      .tuple(
        fc.constantFrom(
          'concat',
          'union',
          'length',
          'string',
          'json',
          'resourceId',
          'format',
          'toLower',
          'contains',
          'empty',
          'first',
          'split',
          'replace',
          'padLeft',
          'take',
          'items',
          'cidrSubnet',
        ),
        fc.array(tie('e'), { maxLength: 3 }),
      )
      .map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(fc.constantFrom('map', 'filter', 'toObject'), tie('e'), tie('e')).map(([f, array, body]) => `${f}(${array}, x => ${body})`),
    fc.array(tie('e'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom('name', 'id', 'properties', 'groupIds', 'subnet', 'x'), tie('e')), { maxLength: 3 })
      .map((members) => `{ ${members.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
    fc.tuple(fc.constantFrom('x', 'i'), tie('e'), tie('e')).map(([v, array, body]) => `[for ${v} in ${array}: ${body}]`),
    fc.tuple(tie('e'), tie('e'), tie('e')).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `[...${a}, ...${b}]`),
    fc.tuple(tie('e'), tie('e')).map(([a, b]) => `{ ...${a}, ...${b} }`),
  ),
})).e;

export const bicepBody: fc.Arbitrary<string> = fc
  .record({ name: bicepExpression, location: bicepExpression, parent: fc.option(fc.constantFrom(...NAMES)), properties: bicepExpression })
  .map(
    ({ name, location, parent, properties }) =>
      `{\n  name: ${name}\n  location: ${location}\n${parent ? `  parent: ${parent}\n` : ''}  properties: ${properties}\n}`,
  );

export const bicepStatement: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom('string', 'int', 'array', 'object', 'bool', 'string?'), fc.option(bicepExpression))
    .map(([n, t, d]) => `param ${n} ${t}${d === null ? '' : ` = ${d}`}`),
  fc.tuple(fc.constantFrom(...NAMES), bicepExpression).map(([n, e]) => `var ${n} = ${e}`),
  fc
    .tuple(
      fc.constantFrom(...NAMES),
      fc.constantFrom(...TYPES),
      fc.constantFrom('plain', 'loop', 'if', 'existing'),
      bicepExpression,
      bicepBody,
    )
    .map(([n, t, form, e, b]) => {
      if (form === 'loop') return `resource ${n} '${t}' = [for (x, i) in ${e}: ${b}]`;
      if (form === 'if') return `resource ${n} '${t}' = if (${e}) ${b}`;
      if (form === 'existing') return `resource ${n} '${t}' existing = ${b}`;
      return `resource ${n} '${t}' = ${b}`;
    }),
  fc
    .tuple(fc.constantFrom(...NAMES), fc.constantFrom(...MODULE_PATHS), fc.boolean(), bicepExpression)
    .map(
      ([n, p, loop, e]) =>
        `module ${n} '${p}' = ${loop ? `[for x in ${e}: ` : ''}{\n  name: 'm'\n  params: { p: ${e}, items: ${e} }\n}${loop ? ']' : ''}`,
    ),
  fc.tuple(fc.constantFrom(...NAMES), bicepExpression).map(([n, e]) => `output ${n} object = ${e}`),
  fc.constantFrom(
    "targetScope = 'resourceGroup'",
    '#disable-next-line pe-dns-zone-group',
    '// privatelink-disable-next-line pe-single-connection',
    "import * as ns from './m.bicep'",
  ),
);

export const bicepProgram = fc.array(bicepStatement, { minLength: 1, maxLength: 8 }).map((statements) => statements.join('\n') + '\n');

export const BICEP_MODULE_FILES = new Map<string, string>([
  [
    '/ws/m.bicep',
    "param p object = {}\nparam items array = []\nresource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = [for x in items: {\n  name: 'pe-${x}'\n  location: 'westeurope'\n  properties: { subnet: { id: p.id }, privateLinkServiceConnections: [] }\n}]\noutput x object = p\n",
  ],
  ['/ws/self.bicep', "module again './self.bicep' = { name: 'again' }\nmodule other './loop.bicep' = { name: 'o' }\n"],
  [
    '/ws/loop.bicep',
    "param items array = range(0, 800)\nmodule inner './m.bicep' = [for i in items: { name: 'i${i}', params: { items: range(0, 800) } }]\n",
  ],
  [
    '/ws/t.json',
    '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "resources": [{"type": "Microsoft.Network/privateEndpoints", "name": "[concat(\'pe\', copyIndex())]", "copy": {"name": "c", "count": 800}, "properties": {}}]}',
  ],
]);
