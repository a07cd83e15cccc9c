// expect: pls-proxy-protocol-consistency 1
// expect-line: 51
param natSubnetId string

var apps = [
  'orders'
  'billing'
]

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-apps'
  location: resourceGroup().location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [for name in concat(apps, ['admin']): {
      name: 'fe-${name}'
      properties: {
        subnet: {
          id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-apps', 'snet-app')
        }
      }
    }]
  }
}

resource plsApps 'Microsoft.Network/privateLinkServices@2023-09-01' = [for (name, i) in apps: {
  name: 'pls-${name}'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[i].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
    enableProxyProtocol: true
  }
}]

resource plsAdmin 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-admin'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[2].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
  }
}
