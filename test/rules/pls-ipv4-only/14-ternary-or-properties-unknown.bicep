// expect: pls-ipv4-only 0
// The version is chosen by a parameter without a value, or the configuration's properties are passed in.
param enableIpv6 bool
param natProperties object

resource plsTernary 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ternary'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAddressVersion: enableIpv6 ? 'IPv6' : 'IPv4'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
  }
}

resource plsPassed 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-passed'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-app', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: natProperties
      }
    ]
  }
}
