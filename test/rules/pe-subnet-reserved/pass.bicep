// pe-subnet-reserved: ordinary subnets, and subnets the rule cannot judge.
param location string = resourceGroup().location
param subnetId string
param subnetName string
param delegations array
param existingVnetName string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
    subnets: [
      { name: 'GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27' } }
      { name: 'snet-pe', properties: { addressPrefix: '10.0.1.0/24', delegations: [] } }
      { name: 'snet-maybe-delegated', properties: { addressPrefix: '10.0.2.0/24', delegations: delegations } }
    ]
  }
}

resource existingSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  name: '${existingVnetName}/snet-shared'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfixture002'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

// An ordinary subnet with an empty delegation list.
resource peOrdinary 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ordinary'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'blob', properties: { privateLinkServiceId: storage.id, groupIds: ['blob'] } }
    ]
  }
}

// A name that only contains a reserved name.
resource peLookalike 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-lookalike'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-GatewaySubnet-pe') }
    privateLinkServiceConnections: [
      { name: 'file', properties: { privateLinkServiceId: storage.id, groupIds: ['file'] } }
    ]
  }
}

// Unknown: the whole subnet id, or its name, comes from a parameter without a default.
resource peUnknownId 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown-id'
  location: location
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      { name: 'queue', properties: { privateLinkServiceId: storage.id, groupIds: ['queue'] } }
    ]
  }
}

resource peUnknownName 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown-name'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, subnetName) }
    privateLinkServiceConnections: [
      { name: 'table', properties: { privateLinkServiceId: storage.id, groupIds: ['table'] } }
    ]
  }
}

// Delegations from a parameter without a default: maybe none.
resource peMaybeDelegated 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-maybe-delegated'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-maybe-delegated') }
    privateLinkServiceConnections: [
      { name: 'dfs', properties: { privateLinkServiceId: storage.id, groupIds: ['dfs'] } }
    ]
  }
}

// An existing subnet: its delegations are not known here.
resource peExistingSubnet 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-existing-subnet'
  location: location
  properties: {
    subnet: { id: existingSubnet.id }
    privateLinkServiceConnections: [
      { name: 'web', properties: { privateLinkServiceId: storage.id, groupIds: ['web'] } }
    ]
  }
}

// An existing endpoint in the gateway subnet is not this template's doing.
resource peExisting 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-old'
}
