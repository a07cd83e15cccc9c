param proxyProtocol bool
param plsProperties object
param lbNameA string
param lbNameB string
param useProxy bool

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
      { name: 'fe-d', properties: { subnet: { id: appSubnetId } } }
    ]
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
    enableProxyProtocol: true
  }
}

resource plsC 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-c'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbApi.properties.frontendIPConfigurations[2].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: proxyProtocol
  }
}

resource plsD 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-d'
  location: 'westeurope'
  properties: plsProperties
}

resource lbWeb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-web'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-e', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-f', properties: { subnet: { id: appSubnetId } } }
    ]
  }
}

resource plsE 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-e'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbWeb.properties.frontendIPConfigurations[0].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource plsF 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-f'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbWeb.properties.frontendIPConfigurations[1].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: false
  }
}

resource plsG 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-g'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbNameA, 'fe') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: true
  }
}

resource plsH 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-h'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbNameB, 'fe') } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource lbChoice 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-choice'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-proxy', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-plain', properties: { subnet: { id: appSubnetId } } }
    ]
  }
}

resource plsWithProxy 'Microsoft.Network/privateLinkServices@2024-05-01' = if (useProxy) {
  name: 'pls-with-proxy'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbChoice.properties.frontendIPConfigurations[0].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    enableProxyProtocol: true
  }
}

resource plsWithoutProxy 'Microsoft.Network/privateLinkServices@2024-05-01' = if (!useProxy) {
  name: 'pls-without-proxy'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: lbChoice.properties.frontendIPConfigurations[1].id } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
  }
}

resource plsShared 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-shared'
}
