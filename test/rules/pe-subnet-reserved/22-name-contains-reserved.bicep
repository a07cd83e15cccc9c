// expect: pe-subnet-reserved 0
// Names that merely contain a reserved name are ordinary subnets.
resource peGw 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-gw'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-GatewaySubnet-pe')
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

resource peBastion 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-bastion'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'AzureBastionSubnet2')
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
