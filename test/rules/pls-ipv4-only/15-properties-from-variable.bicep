// expect: pls-ipv4-only 1
// expect-line: 27
// The NAT configuration's whole properties object comes from a variable: the version is proven (no fix offered
// there yet).
param location string = resourceGroup().location
param natSubnetId string

var natProperties = {
  privateIPAddressVersion: 'IPv6'
  subnet: {
    id: natSubnetId
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-v6'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-v6', 'fe')
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
