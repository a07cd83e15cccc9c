// expect: pls-proxy-protocol-consistency 1
// expect-line: 49
param natSubnetId string

var lbId = resourceId('rg-shared-lb', 'Microsoft.Network/loadBalancers', 'lb-shared')

resource plsA 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-team-a'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: '${lbId}/frontendIPConfigurations/fe-team-a'
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

resource plsB 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-team-b'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: '${lbId}/frontendIPConfigurations/fe-team-b'
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
