// expect: pls-proxy-protocol-consistency 1
// expect-line: 84
param location string = resourceGroup().location
param natSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-ingress'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ingress', 'snet-app')
          }
        }
      }
      {
        name: 'fe-2'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ingress', 'snet-app')
          }
        }
      }
      {
        name: 'fe-3'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ingress', 'snet-app')
          }
        }
      }
    ]
  }
}

resource pls1 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ingress-1'
  location: location
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

resource pls2 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ingress-2'
  location: location
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

resource pls3 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ingress-3'
  location: location
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
