// expect: dns-zone-vnet-link 1
param location string = 'northeurope'

var blobZoneName = 'privatelink.blob.${environment().suffixes.storage}'
var accounts = [
  'stordersraw'
  'stordersgold'
]

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-lake'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.50.0.0/16'
      ]
    }
  }

  resource peSubnet 'subnets' = {
    name: 'snet-pe'
    properties: {
      addressPrefix: '10.50.1.0/24'
    }
  }
}

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: blobZoneName
  location: 'global'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' existing = [for name in accounts: {
  name: name
}]

resource endpoints 'Microsoft.Network/privateEndpoints@2023-09-01' = [for (name, i) in accounts: {
  name: 'pe-${name}-blob'
  location: location
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage[i].id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}]

resource zoneGroups 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-09-01' = [for (name, i) in accounts: {
  parent: endpoints[i]
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'blob'
        properties: {
          privateDnsZoneId: blobZone.id
        }
      }
    ]
  }
}]
