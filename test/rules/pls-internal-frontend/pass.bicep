param exposePublicly bool
param frontendProperties object

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-internal', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
      { name: 'fe-public', properties: { publicIPAddress: { id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-api') } } }
      {
        name: 'fe-choice'
        properties: {
          publicIPAddress: exposePublicly ? { id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-api') } : null
          subnet: exposePublicly ? null : { id: appSubnetId }
        }
      }
      { name: 'fe-computed', properties: frontendProperties }
      { name: 'fe-null', properties: { publicIPAddress: null, subnet: { id: appSubnetId } } }
    ]
  }
}

resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lbApi.properties.frontendIPConfigurations[0].id }
      { id: lbApi.properties.frontendIPConfigurations[2].id }
      { id: lbApi.properties.frontendIPConfigurations[3].id }
      { id: lbApi.properties.frontendIPConfigurations[4].id }
    ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource lbShared 'Microsoft.Network/loadBalancers@2024-05-01' existing = {
  name: 'lb-shared'
}

resource plsShared 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-shared'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: '${lbShared.id}/frontendIPConfigurations/fe-public' }
      { id: resourceId('rg-network', 'Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-public') }
    ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}
