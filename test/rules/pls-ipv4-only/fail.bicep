@allowed([
  'IPv4'
  'IPv6'
])
param natIpVersion string = 'IPv6'

var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')
var natVersions = [
  'IPv4'
  'IPv6'
]
var natIpv6Properties = {
  privateIPAllocationMethod: 'Dynamic'
  privateIPAddressVersion: 'IPv6'
  subnet: {
    id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')
  }
}

resource plsLiteral 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-literal'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-1') }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: { primary: true, privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: 'IPv4', subnet: { id: natSubnetId } }
      }
      {
        name: 'nat-2'
        properties: { privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: 'IPv6', subnet: { id: natSubnetId } }
      }
      {
        name: 'nat-3'
        properties: { privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: 'ipv6', subnet: { id: natSubnetId } }
      }
    ]
  }
}

resource plsParameter 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-parameter'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-2') }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: { privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: natIpVersion, subnet: { id: natSubnetId } }
      }
    ]
  }
}

resource plsLoop 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-loop'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-3') }
    ]
    ipConfigurations: [for (version, i) in natVersions: {
      name: 'nat-${i}'
      properties: {
        privateIPAllocationMethod: 'Dynamic'
        privateIPAddressVersion: version
        subnet: { id: natSubnetId }
      }
    }]
  }
}

resource plsComputed 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-computed'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-4') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: natIpv6Properties }
    ]
  }
}
