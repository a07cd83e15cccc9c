// expect: pls-proxy-protocol-consistency 1
// expect-message: This Private Link service disables the proxy protocol
// A service on two frontends of the load balancer counts once: two services of three enable the proxy protocol, so
// the one on two frontends is the odd one out (counted twice it would be a tie, and the first declared would decide).
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
      {
        name: 'fe-4'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-edge', 'snet-app')
          }
        }
      }
    ]
  }
}

resource plsTwoFrontends 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-edge-two'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
      }
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

resource plsEnvoyA 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-edge-envoy-a'
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

resource plsEnvoyB 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-edge-envoy-b'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[3].id
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
