// expect: pe-vnet-location 1
// expect-line: 24
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-east'
  location: 'eastus'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
  }

  resource peSubnet 'subnets' = {
    name: 'snet-pe'
    properties: {
      addressPrefix: '10.2.1.0/24'
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-east-blob'
  location: 'eastus2'
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'steast001')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
