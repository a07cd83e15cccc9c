// pe-vnet-location: private endpoints deployed outside their virtual network's region.
param endpointLocation string = 'westus'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'East US'
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.0.1.0/24' } }
    ]
  }
}

resource spokeVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-spoke'
  location: 'northeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
  }
}

resource spokeSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: spokeVnet
  name: 'snet-pe'
  properties: { addressPrefix: '10.1.1.0/24' }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-003'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

// A literal region that differs from the network's.
resource peLiteral 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-literal'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

// A region from a parameter default.
resource peFromDefault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-from-default'
  location: endpointLocation
  properties: {
    subnet: { id: spokeSubnet.id }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

// A loop: the westeurope instance is in the wrong region, the eastus one is right.
resource peLoop 'Microsoft.Network/privateEndpoints@2024-05-01' = [for region in ['eastus', 'westeurope']: {
  name: 'pe-loop-${region}'
  location: region
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}]

// The subnet is not declared, but the network it belongs to is.
resource peUndeclaredSubnet 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-undeclared-subnet'
  location: 'eastus2'
  properties: {
    subnet: { id: '${spokeVnet.id}/subnets/snet-later' }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}
