// expect: pls-ipv4-only 1
// expect-message: natIpVersion
@allowed([
  'IPv4'
  'IPv6'
])
param natIpVersion string = 'IPv6'
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-versioned'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-versioned', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAddressVersion: natIpVersion
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
  }
}
