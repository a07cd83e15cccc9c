param serviceLocation string = 'northeurope'

resource vnetProv 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-prov'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.2.0.0/16'] }
    subnets: [
      { name: 'snet-app', properties: { addressPrefix: '10.2.1.0/24' } }
      { name: 'snet-pls-nat', properties: { addressPrefix: '10.2.3.0/27', privateLinkServiceNetworkPolicies: 'Disabled' } }
    ]
  }
}

resource vnetEast 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-east'
  location: 'eastus2'
  properties: { addressSpace: { addressPrefixes: ['10.9.0.0/16'] } }
}

resource natSubnetEast 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnetEast
  name: 'snet-pls-nat'
  properties: { addressPrefix: '10.9.3.0/27', privateLinkServiceNetworkPolicies: 'Disabled' }
}

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-1', properties: { subnet: { id: vnetProv.properties.subnets[0].id } } }
      { name: 'fe-2', properties: { subnet: { id: vnetProv.properties.subnets[0].id } } }
      { name: 'fe-3', properties: { subnet: { id: vnetProv.properties.subnets[0].id } } }
    ]
  }
}

// In another region than both its load balancer and its NAT subnet's network.
resource plsEast 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-east'
  location: 'eastus'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lb.name, 'fe-1') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls-nat') } } }
    ]
  }
}

// Another region because of a parameter default.
resource plsDefault 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-default'
  location: serviceLocation
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[1].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: vnetProv.properties.subnets[1].id } } }
    ]
  }
}

// The load balancer matches; the NAT subnet's network (a separate subnet resource) does not.
resource plsNatElsewhere 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-nat-elsewhere'
  location: 'West Europe'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-3') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetEast.id } } }
    ]
  }
}
