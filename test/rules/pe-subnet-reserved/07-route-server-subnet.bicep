// expect: pe-subnet-reserved 1
// expect-line: 29
// expect-severity: warning
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-transit'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.50.0.0/16'
      ]
    }
  }
}

resource routeServerSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'RouteServerSubnet'
  properties: {
    addressPrefix: '10.50.0.0/27'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-transit-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: routeServerSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-transit')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
