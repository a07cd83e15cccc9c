/** Arbitraries for ARM templates: resources of the types our rules read, copy loops, conditions, expressions. */
import fc from 'fast-check';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

// -- generated templates: the lowering's inputs in shapes no fixture has ----------------------------------------

const RESOURCE_TYPES = [
  'Microsoft.Network/privateEndpoints',
  'Microsoft.Network/privateEndpoints/privateDnsZoneGroups',
  'privateDnsZoneGroups',
  'Microsoft.Network/privateDnsZones',
  'Microsoft.Network/privateDnsZones/virtualNetworkLinks',
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/virtualNetworks/subnets',
  'Microsoft.Network/privateLinkServices',
  'Microsoft.Network/loadBalancers',
  'Microsoft.Storage/storageAccounts',
  'Microsoft.KeyVault/vaults',
  'Microsoft.Resources/deployments',
  "[variables('t')]",
  '',
];

export const expressionString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "[parameters('p')]",
    "[variables('v')]",
    '[copyIndex()]',
    "[copyIndex('c', 1)]",
    "[resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet')]",
    "[reference('pe').privateLinkServiceConnections[0]]",
    "[concat('privatelink.', 'blob.', environment().suffixes.storage)]",
    "[if(equals(parameters('p'), 'x'), 'a', json('null'))]",
    '[range(0, 1000000000)]',
    '[length(range(0, 1000000000))]',
    "[createArray(variables('v'), variables('v'))]",
    "[json('[[[[[[[[[[')]",
    "[format('{0}{1}', 'a')]",
    '[[literal]',
    '[',
    '[]',
  ),
  fc.string({ maxLength: 20 }),
);

export const jsonish: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    expressionString,
    fc.integer({ min: -2, max: 2_000_000_000 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'name',
        'id',
        'properties',
        'groupIds',
        'privateLinkServiceConnections',
        'subnet',
        'privateDnsZoneConfigs',
        'copy',
        'count',
        'input',
        'value',
        'template',
        'Name',
        'PROPERTIES',
      ),
      tie('v'),
      { maxKeys: 5 },
    ),
  ),
})).v;

export const resource: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{ r: Record<string, unknown> }>((tie) => ({
  r: fc.record(
    {
      type: fc.constantFrom(...RESOURCE_TYPES),
      apiVersion: fc.constant('2024-05-01'),
      name: expressionString,
      location: fc.constantFrom('westeurope', "[parameters('location')]", '[resourceGroup().location]'),
      condition: fc.constantFrom(true, false, "[equals(parameters('p'), 'a')]"),
      copy: fc.record({
        name: fc.constantFrom('c', 'd'),
        count: fc.constantFrom(0, 3, 800, 801, 1_000_000_000, -1, '[length(range(0, 1000000000))]', "[parameters('n')]"),
      }),
      dependsOn: fc.array(expressionString, { maxLength: 2 }),
      properties: jsonish,
      resources: fc.array(tie('r'), { maxLength: 2, depthIdentifier: 'resources' }),
    },
    { requiredKeys: ['type'] },
  ),
})).r;

export const armTemplate: fc.Arbitrary<string> = fc
  .record({
    symbolic: fc.boolean(),
    parameters: fc.dictionary(
      fc.constantFrom('p', 'n', 'location', 'P'),
      fc.record({ type: fc.constantFrom('string', 'int', 'array'), defaultValue: jsonish }, { requiredKeys: ['type'] }),
      { maxKeys: 3 },
    ),
    variables: fc.dictionary(fc.constantFrom('v', 't', 'V', 'w'), jsonish, { maxKeys: 3 }),
    resources: fc.array(resource, { maxLength: 5 }),
    indent: fc.constantFrom(0, 2),
  })
  .map(({ symbolic, parameters, variables, resources, indent }) => {
    const body: Record<string, unknown> = { $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, variables };
    if (symbolic) {
      body.languageVersion = '2.0';
      body.resources = Object.fromEntries(resources.map((r, i) => [`r${i}`, r]));
    } else {
      body.resources = resources;
    }
    return JSON.stringify(body, null, indent);
  });
