param natIpCount int
param natIpConfigurations array
param serviceProperties object
param deployService bool = false

var frontendId = resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls-nat')
var twoNatIps = [
  { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
  { name: 'nat-2', properties: { primary: false, subnet: { id: natSubnetId } } }
]

// One NAT IP.
resource plsOne 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-one'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: { primary: true, privateIPAllocationMethod: 'Dynamic', subnet: { id: natSubnetId } }
      }
    ]
  }
}

// Eight, the maximum.
resource plsEight 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-eight'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [for i in range(0, 8): {
      name: 'nat-${i}'
      properties: { primary: i == 0, subnet: { id: natSubnetId } }
    }]
  }
}

// From a variable.
resource plsVariable 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-variable'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: twoNatIps
  }
}

// Unknown count: a parameter without a default.
resource plsCount 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-count'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [for i in range(0, natIpCount): {
      name: 'nat-${i}'
      properties: { subnet: { id: natSubnetId } }
    }]
  }
}

// Unknown list.
resource plsList 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-list'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: natIpConfigurations
  }
}

// Unknown properties.
resource plsProperties 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-properties'
  location: 'westeurope'
  properties: serviceProperties
}

// Conditional, and correct when deployed.
resource plsConditional 'Microsoft.Network/privateLinkServices@2024-05-01' = if (deployService) {
  name: 'pls-conditional'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
      { name: 'nat-2', properties: { primary: false, subnet: { id: natSubnetId } } }
    ]
  }
}

// Declared elsewhere: an existing service is not judged.
resource plsExisting 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-shared'
}
