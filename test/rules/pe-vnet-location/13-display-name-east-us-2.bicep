// expect: pe-vnet-location 0
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-eus2'
  location: 'East US 2'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.12.0.0/16'
      ]
    }
  }
}

resource peSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-pe'
  properties: {
    addressPrefix: '10.12.1.0/24'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-eus2-kv'
  location: 'eastus2'
  properties: {
    subnet: {
      id: peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-eus2')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
