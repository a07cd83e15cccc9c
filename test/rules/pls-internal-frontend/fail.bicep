param exposePublicly bool = true

var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')
var publicFrontend = {
  publicIPAddress: { id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-web') }
}
var internalFrontend = {
  privateIPAllocationMethod: 'Dynamic'
  subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app') }
}

resource pipApi 'Microsoft.Network/publicIPAddresses@2024-05-01' = {
  name: 'pip-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: { publicIPAllocationMethod: 'Static' }
}

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-public', properties: { publicIPAddress: { id: pipApi.id } } }
      { name: 'fe-prefix', properties: { publicIPPrefix: { id: resourceId('Microsoft.Network/publicIPPrefixes', 'ippre-api') } } }
    ]
  }
}

resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[0].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource plsPrefix 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-prefix'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[1].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource lbWeb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-web'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-web', properties: exposePublicly ? publicFrontend : internalFrontend }
    ]
  }
}

resource plsWeb 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-web'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'fe-web') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}
