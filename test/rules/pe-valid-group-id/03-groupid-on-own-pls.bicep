// expect: pe-valid-group-id 1
// expect-line: 39
resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-web'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'fe-internal')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-provider', 'snet-nat')
          }
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-web'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-consumer', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'web'
        properties: {
          privateLinkServiceId: pls.id
          groupIds: [
            'web'
          ]
        }
      }
    ]
  }
}
