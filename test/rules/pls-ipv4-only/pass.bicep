param natIpVersion string
param natProperties object
param useIpv6 bool = false

var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource plsIpv4 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-ipv4'
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
        properties: { privateIPAllocationMethod: 'Static', privateIPAddress: '10.2.3.10', subnet: { id: natSubnetId } }
      }
    ]
  }
}

resource plsUnknown 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown'
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
      { name: 'nat-2', properties: natProperties }
    ]
  }
}

resource plsTernary 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-ternary'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-3') }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: { privateIPAllocationMethod: 'Dynamic', privateIPAddressVersion: useIpv6 ? 'IPv6' : 'IPv4', subnet: { id: natSubnetId } }
      }
    ]
  }
}

resource plsShared 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-shared'
}
