param webProxyProtocol bool = true

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-a', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-b', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-c', properties: { subnet: { id: appSubnetId } } }
    ]
    backendAddressPools: [ { name: 'be-api' } ]
  }
}

resource plsA 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-a'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[0].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: true
  }
}

resource plsB 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-b'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[1].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource plsC 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-c'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[2].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: false
  }
}

resource lbWeb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-web'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-d', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-e', properties: { subnet: { id: appSubnetId } } }
    ]
  }
}

resource plsD 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-d'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'fe-d') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: false
  }
}

resource plsE 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-e'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'fe-e') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: webProxyProtocol
  }
}

resource plsF 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-f'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('rg-shared', 'Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-shared', 'fe-f') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: true
  }
}

resource plsG 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-g'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('rg-shared', 'Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-shared', 'fe-g') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}
