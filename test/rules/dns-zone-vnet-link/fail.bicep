param spokeNetworkName string = 'vnet-spoke'
param storageAccounts array = [
  'stapp01'
  'stapp02'
]
param buildNetworkName string

resource vnetApp 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
    // An empty list: the network resolves through Azure-provided DNS.
    dhcpOptions: { dnsServers: [] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.1.2.0/24' } }
    ]
  }
}

resource vnetSpoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: spokeNetworkName
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.5.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.5.2.0/24' } }
    ]
  }
}

// Linked to no network at all.
resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

resource blobEndpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for account in storageAccounts: {
  name: 'pe-${account}-blob'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetApp.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', account)
          groupIds: ['blob']
        }
      }
    ]
  }
}]

resource blobZoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [for (account, i) in storageAccounts: {
  parent: blobEndpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'blob', properties: { privateDnsZoneId: blobZone.id } }
    ]
  }
}]

// Linked to the hub only, while the endpoint's network uses Azure-provided DNS.
resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource vaultHubLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: vaultZone
  name: 'link-vnet-hub'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub') }
  }
}

resource peKv 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
          groupIds: ['vault']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'vault', properties: { privateDnsZoneId: vaultZone.id } }
      ]
    }
  }
}

// The endpoint's network comes from a parameter default.
resource sqlZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.database.windows.net'
  location: 'global'
}

resource sqlAppLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: sqlZone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnetApp.id }
  }
}

resource peSql 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', spokeNetworkName, 'snet-pe') }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-app')
          groupIds: ['sqlServer']
        }
      }
    ]
  }
}

resource peSqlZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peSql
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'sql', properties: { privateDnsZoneId: sqlZone.id } }
    ]
  }
}

// Its link named after vnet-app still names the network the registry used before.
resource acrZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.azurecr.io'
  location: 'global'
}

resource acrLegacyLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: acrZone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app-legacy') }
  }
}

resource peAcr 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-acr'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetApp.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.ContainerRegistry/registries', 'acrapp')
          groupIds: ['registry']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'registry', properties: { privateDnsZoneId: acrZone.id } }
      ]
    }
  }
}

// The build agents' network is named by the caller; the queue zone is linked to no network.
resource vnetBuild 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: buildNetworkName
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.9.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.9.2.0/24' } }
    ]
  }
}

resource queueZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.queue.core.windows.net'
  location: 'global'
}

resource peQueue 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stbuild-queue'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetBuild.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'queue'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stbuild')
          groupIds: ['queue']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'queue', properties: { privateDnsZoneId: queueZone.id } }
      ]
    }
  }
}
