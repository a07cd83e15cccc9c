// Neovim LSP test: a Cosmos DB account reached through a private endpoint, still open to the public.

param location string = 'northeurope'

resource network 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: 'vnet-nvim'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['172.16.0.0/20']
    }
    subnets: [
      {
        name: 'endpoints'
        properties: {
          addressPrefix: '172.16.1.0/24'
        }
      }
    ]
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-nvim-check'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
      }
    ]
    publicNetworkAccess: 'Enabled'
  }
}

resource cosmosZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.documents.azure.com'
  location: 'global'
}

resource cosmosZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: cosmosZone
  name: 'vnet-nvim-link'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: network.id
    }
  }
}

resource cosmosEndpoint 'Microsoft.Network/privateEndpoints@2024-01-01' = {
  name: 'pe-cosmos-nvim-check'
  location: location
  properties: {
    subnet: {
      id: network.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: cosmos.id
          groupIds: ['Sql']
        }
      }
    ]
  }
}

resource cosmosZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-01-01' = {
  parent: cosmosEndpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'documents'
        properties: {
          privateDnsZoneId: cosmosZone.id
        }
      }
    ]
  }
}
