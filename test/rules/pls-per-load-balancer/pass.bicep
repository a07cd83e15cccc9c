param useBlue bool
param frontendName string
param regions array

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls-nat')

resource lbTenants 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-tenants'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [for i in range(0, 8): {
      name: 'fe-tenant-${i}'
      properties: { subnet: { id: appSubnetId } }
    }]
  }
}

// Eight services, the maximum, each on its own frontend.
resource plsTenants 'Microsoft.Network/privateLinkServices@2024-05-01' = [for i in range(0, 8): {
  name: 'pls-tenant-${i}'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lbTenants.properties.frontendIPConfigurations[i].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}]

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-orders', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-billing', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-slot', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-regional', properties: { subnet: { id: appSubnetId } } }
    ]
  }
}

// Two services, two frontends.
resource plsOrders 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-orders'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[0].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

resource plsBilling 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-billing'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[1].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

// Blue or green, never both: the conditions exclude each other.
resource plsBlue 'Microsoft.Network/privateLinkServices@2024-05-01' = if (useBlue) {
  name: 'pls-blue'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[2].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

resource plsGreen 'Microsoft.Network/privateLinkServices@2024-05-01' = if (!useBlue) {
  name: 'pls-green'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[2].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

// Unknown frontend: a parameter without a default.
resource plsUnknown 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', frontendName) }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

// A loop over an unknown list: it may hold a single service.
resource plsRegional 'Microsoft.Network/privateLinkServices@2024-05-01' = [for region in regions: {
  name: 'pls-${region}'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lb.properties.frontendIPConfigurations[3].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}]

// Declared elsewhere: an existing service is not counted.
resource plsExisting 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-legacy'
}
