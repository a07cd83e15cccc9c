// expect: pe-subnet-reserved 1
// expect-line: 43
// expect-severity: warning
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-web'
  location: resourceGroup().location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.30.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-integration'
        properties: {
          addressPrefix: '10.30.1.0/24'
          delegations: [
            {
              name: 'webapps'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.30.2.0/24'
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-web-storage'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: '${vnet.id}/subnets/snet-integration'
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stweb001')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
