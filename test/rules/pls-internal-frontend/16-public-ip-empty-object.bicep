// expect: pls-internal-frontend 0
// An empty publicIPAddress object (as generated samples leave a blanked reference) names no address: no proof of a
// public frontend.
resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-sample'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          publicIPAddress: {}
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-sample'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lb.properties.frontendIPConfigurations[0].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet', 'snet-pls') } } } ]
  }
}
