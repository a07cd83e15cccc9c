// expect: dns-zone-vnet-link 1
// expect-line: 43
param location string = resourceGroup().location
param storageAccountName string

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-storage'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.140.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.140.1.0/24'
        }
      }
    ]
  }
}

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.${environment().suffixes.storage}'
  location: 'global'
}

resource blobLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: blobZone
  name: 'link-${vnet.name}'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

resource fileZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.file.${environment().suffixes.storage}'
  location: 'global'
}

var endpoints = [
  {
    groupId: 'blob'
    zoneId: blobZone.id
  }
  {
    groupId: 'file'
    zoneId: fileZone.id
  }
]

resource pes 'Microsoft.Network/privateEndpoints@2023-09-01' = [for ep in endpoints: {
  name: 'pe-${storageAccountName}-${ep.groupId}'
  location: location
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: ep.groupId
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', storageAccountName)
          groupIds: [
            ep.groupId
          ]
        }
      }
    ]
  }
}]

resource groups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-09-01' = [for (ep, i) in endpoints: {
  parent: pes[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: ep.groupId
        properties: {
          privateDnsZoneId: ep.zoneId
        }
      }
    ]
  }
}]
