// expect: pe-subnet-nsg-policies 0
// The subnet's properties come from a parameter.
param subnetProperties object

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: subnetProperties
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
