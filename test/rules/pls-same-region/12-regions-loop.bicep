// expect: pls-same-region 0
var regions = [
  'westeurope'
  'northeurope'
]

resource lbs 'Microsoft.Network/loadBalancers@2023-09-01' = [for region in regions: {
  name: 'lb-${region}'
  location: region
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-${region}', 'snet-app')
          }
        }
      }
    ]
  }
}]

resource services 'Microsoft.Network/privateLinkServices@2023-09-01' = [for (region, i) in regions: {
  name: 'pls-${region}'
  location: region
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbs[i].properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-${region}', 'snet-pls')
          }
        }
      }
    ]
  }
}]
