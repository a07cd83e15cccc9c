param natIpCount int = 10

var frontendId = resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls-nat')

// No NAT IP at all.
resource plsEmpty 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-empty'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: []
  }
}

// ipConfigurations left out.
resource plsMissing 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-missing'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
  }
}

// Nine from a loop.
resource plsNine 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-nine'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [for i in range(0, 9): {
      name: 'nat-${i}'
      properties: {
        primary: i == 0
        privateIPAllocationMethod: 'Dynamic'
        subnet: { id: natSubnetId }
      }
    }]
  }
}

// Ten, because of a parameter default.
resource plsDefault 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-default'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: frontendId }
    ]
    ipConfigurations: [for i in range(0, natIpCount): {
      name: 'nat-${i}'
      properties: {
        privateIPAllocationMethod: 'Dynamic'
        subnet: { id: natSubnetId }
      }
    }]
  }
}
