// expect: pe-target-public-access 0
// Disk access resources have no public-access switch (it is set on each disk); for App Configuration the table does
// not know what an absent publicNetworkAccess means.
resource diskAccess 'Microsoft.Compute/diskAccesses@2023-04-02' = {
  name: 'da-app'
  location: 'westeurope'
  properties: {}
}

resource config 'Microsoft.AppConfiguration/configurationStores@2023-03-01' = {
  name: 'appcs-app'
  location: 'westeurope'
  sku: {
    name: 'standard'
  }
  properties: {}
}

resource peDisks 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-disks'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: diskAccess.id
          groupIds: [
            'disks'
          ]
        }
      }
    ]
  }
}

resource peConfig 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-config'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: config.id
          groupIds: [
            'configurationStores'
          ]
        }
      }
    ]
  }
}
