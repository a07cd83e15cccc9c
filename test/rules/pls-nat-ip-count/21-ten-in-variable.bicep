// expect: pls-nat-ip-count 1
// expect-line: 21
// The list comes from a variable: the count is proven there, and the finding underlines the property's name (the
// ninth entry is not written in the service).
param natSubnetId string

var natConfigurations = [for i in range(0, 10): {
  name: 'nat-${i}'
  properties: {
    subnet: {
      id: natSubnetId
    }
  }
}]

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-wide'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb', 'fe') } ]
    ipConfigurations: natConfigurations
  }
}
