// expect: pls-proxy-protocol-consistency 1
// expect-message: This Private Link service disables the proxy protocol
// Two services deployed under the same condition, and one always deployed: when the condition holds all three
// exist together, so they are compared (case 08 has services under opposite conditions, which never coexist).
param deployEdge bool
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
        name: 'fe-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
      {
        name: 'fe-2'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
      {
        name: 'fe-3'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
    ]
  }
}

resource plsEnvoy 'Microsoft.Network/privateLinkServices@2023-09-01' = if (deployEdge) {
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

resource plsNginx 'Microsoft.Network/privateLinkServices@2023-09-01' = if (deployEdge) {
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

resource plsAlways 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-edge-always'
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
    enableProxyProtocol: true
  }
}
