param location string = resourceGroup().location
param serviceLocation string
param deployService bool = true

resource vnetProv 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-prov'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.2.0.0/16'] }
    subnets: [
      { name: 'snet-app', properties: { addressPrefix: '10.2.1.0/24' } }
      { name: 'snet-pls-nat', properties: { addressPrefix: '10.2.3.0/27', privateLinkServiceNetworkPolicies: 'Disabled' } }
    ]
  }
}

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: resourceGroup().location
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-1', properties: { subnet: { id: vnetProv.properties.subnets[0].id } } }
      { name: 'fe-2', properties: { subnet: { id: vnetProv.properties.subnets[0].id } } }
    ]
  }
}

// All three in the resource group's region.
resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[0].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: vnetProv.properties.subnets[1].id } } }
    ]
  }
}

// Unknown: a parameter without a default.
resource plsUnknown 'Microsoft.Network/privateLinkServices@2024-05-01' = if (deployService) {
  name: 'pls-unknown'
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

resource vnetWeu 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-weu'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.3.0.0/16'] }
    subnets: [
      { name: 'snet-pls-nat', properties: { addressPrefix: '10.3.3.0/27', privateLinkServiceNetworkPolicies: 'Disabled' } }
    ]
  }
}

resource lbWeu 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-weu'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-1', properties: { subnet: { id: vnetWeu.properties.subnets[0].id } } }
    ]
  }
}

// The display name of the same region.
resource plsWeu 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-weu'
  location: 'West Europe'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lbWeu.properties.frontendIPConfigurations[0].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: vnetWeu.properties.subnets[0].id } } }
    ]
  }
}

// Load balancer and network declared elsewhere: their regions are not in this file.
resource lbShared 'Microsoft.Network/loadBalancers@2024-05-01' existing = {
  name: 'lb-shared'
}

resource vnetShared 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-shared'

  resource natSubnet 'subnets' existing = {
    name: 'snet-pls-nat'
  }
}

resource plsExternal 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-external'
  location: 'eastus'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: '${lbShared.id}/frontendIPConfigurations/fe-1' }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: vnetShared::natSubnet.id } } }
    ]
  }
}
