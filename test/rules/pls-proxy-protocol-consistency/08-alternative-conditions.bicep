// expect: pls-proxy-protocol-consistency 0
param useEnvoy bool
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-edge'
  location: resourceGroup().location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-envoy'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
      {
        name: 'fe-nginx'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
    ]
  }
}

resource plsEnvoy 'Microsoft.Network/privateLinkServices@2023-09-01' = if (useEnvoy) {
  name: 'pls-edge-envoy'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
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
}

resource plsNginx 'Microsoft.Network/privateLinkServices@2023-09-01' = if (!useEnvoy) {
  name: 'pls-edge-nginx'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[1].id
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
    enableProxyProtocol: false
  }
}
