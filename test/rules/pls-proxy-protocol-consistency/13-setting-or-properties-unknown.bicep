// expect: pls-proxy-protocol-consistency 0
// A service whose setting, or whole properties, is unknown is left out: the two known ones agree.
param proxyProtocol bool
param serviceProperties object

resource plsA 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-a'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-gw', 'fe-a')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
    enableProxyProtocol: true
  }
}

resource plsB 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-b'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-gw', 'fe-b')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
    enableProxyProtocol: true
  }
}

resource plsParam 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-param'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-gw', 'fe-c')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
    enableProxyProtocol: proxyProtocol
  }
}

resource plsPassed 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-passed'
  location: 'westeurope'
  properties: serviceProperties
}
