param linkedNetworkId string
param endpointSubnetId string
param linkToApp bool = false
param spokeNetworks array = [
  'vnet-hub'
  'vnet-app'
]

resource vnetApp 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.1.2.0/24' } }
    ]
  }
}

// A spoke that resolves through the hub's DNS forwarder.
resource vnetSpoke 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-spoke'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.5.0.0/16'] }
    dhcpOptions: { dnsServers: ['10.0.0.4'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.5.2.0/24' } }
    ]
  }
}

// Linked to the endpoint's network.
resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'

  resource appLink 'virtualNetworkLinks' = {
    name: 'link-vnet-app'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: { id: vnetApp.id }
    }
  }
}

resource peBlob 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-blob'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetApp.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: { privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp01'), groupIds: ['blob'] }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'blob', properties: { privateDnsZoneId: blobZone.id } }
      ]
    }
  }
}

// Linked to every network of a loop, the endpoint's among them.
resource fileZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.file.core.windows.net'
  location: 'global'
}

resource fileLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for network in spokeNetworks: {
  parent: fileZone
  name: 'link-${network}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', network) }
  }
}]

resource peFile 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-file'
  location: 'westeurope'
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      {
        name: 'file'
        properties: { privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp01'), groupIds: ['file'] }
      }
    ]
  }
}

resource peFileZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: peFile
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      { name: 'file', properties: { privateDnsZoneId: fileZone.id } }
    ]
  }
}

// Linked to the hub only, but the spoke uses custom DNS servers; an endpoint whose subnet is unknown.
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

resource peKvSpoke 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-spoke'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetSpoke.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app'), groupIds: ['vault'] }
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

resource peKvUnknown 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-unknown'
  location: 'westeurope'
  properties: {
    subnet: { id: endpointSubnetId }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app'), groupIds: ['vault'] }
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

// A zone linked only to a network from a parameter without a default.
resource sqlZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.database.windows.net'
  location: 'global'

  resource sharedLink 'virtualNetworkLinks' = {
    name: 'link-shared'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: { id: linkedNetworkId }
    }
  }
}

resource peSql 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sql'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetApp.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: { privateLinkServiceId: resourceId('Microsoft.Sql/servers', 'sql-app'), groupIds: ['sqlServer'] }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'sql', properties: { privateDnsZoneId: sqlZone.id } }
      ]
    }
  }
}

// A conditional link counts as present; a zone declared elsewhere (a central DNS subscription) is not judged.
resource queueZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.queue.core.windows.net'
  location: 'global'
}

resource queueAppLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = if (linkToApp) {
  parent: queueZone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: vnetApp.id }
  }
}

resource tableZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.table.core.windows.net'
  scope: resourceGroup('00000000-0000-0000-0000-000000000000', 'rg-dns')
}

resource peQueue 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-queue'
  location: 'westeurope'
  properties: {
    subnet: { id: vnetApp.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'queue'
        properties: { privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp01'), groupIds: ['queue'] }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'queue', properties: { privateDnsZoneId: queueZone.id } }
        { name: 'table', properties: { privateDnsZoneId: tableZone.id } }
      ]
    }
  }
}
