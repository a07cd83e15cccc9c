// expect: pls-proxy-protocol-consistency 0
// Existing Private Link services are not in the files; the one declared here has nothing to differ from.
resource plsShared 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-shared'
}

resource plsNew 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-new'
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

output sharedAlias string = plsShared.properties.alias
