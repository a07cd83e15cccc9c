// expect: pe-static-ip-in-subnet 0
resource subnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  name: 'vnet-odd/snet-pe'
  properties: {
    addressPrefix: '10.0.1.5/24'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-odd'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: subnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-odd')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault-ip'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.0.2.9'
        }
      }
    ]
  }
}
