param deployCanary bool = false
param tenantCount int = 9

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls-nat')

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-shared', properties: { subnet: { id: appSubnetId } } }
      { name: 'fe-loop', properties: { subnet: { id: appSubnetId } } }
    ]
  }
}

// Two services on one frontend.
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
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-shared') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

// A conditional third one is judged as if it were deployed.
resource plsCanary 'Microsoft.Network/privateLinkServices@2024-05-01' = if (deployCanary) {
  name: 'pls-canary'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-shared') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}

// Two loop instances on one frontend.
resource plsRegional 'Microsoft.Network/privateLinkServices@2024-05-01' = [for i in range(0, 2): {
  name: 'pls-region-${i}'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-loop') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
    ]
  }
}]

resource lbTenants 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-tenants'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [for i in range(0, tenantCount): {
      name: 'fe-tenant-${i}'
      properties: { subnet: { id: appSubnetId } }
    }]
  }
}

// Nine services, each on its own frontend, on one load balancer.
resource plsTenants 'Microsoft.Network/privateLinkServices@2024-05-01' = [for i in range(0, tenantCount): {
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
