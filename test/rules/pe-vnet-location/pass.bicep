// pe-vnet-location: endpoints in their network's region, and regions the rule cannot know.
param location string = resourceGroup().location
param otherLocation string
param subnetId string
param hubVnetName string

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

resource rgVnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-rg'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.1.1.0/24' } }
    ]
  }
}

resource hubVnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: hubVnetName
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-004'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

// Same region written differently; the target may be in another region.
resource peSpelling 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-spelling'
  location: 'eastus'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

// Both follow the resource group: the same unknown value.
resource peSameParameter 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-same-parameter'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', rgVnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

// Unknown: a region without a default, a network declared elsewhere, an existing network.
resource peUnknownLocation 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown-location'
  location: otherLocation
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

resource peRgAgainstLiteral 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-rg-against-literal'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

resource peElsewhere 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-elsewhere'
  location: 'westeurope'
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}

resource peHub 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-hub'
  location: 'westeurope'
  properties: {
    subnet: { id: '${hubVnet.id}/subnets/snet-pe' }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }
}
