// expect: pls-standard-load-balancer 1
// expect-message: loadBalancerSku
@allowed([
  'Basic'
  'Standard'
])
param loadBalancerSku string = 'Basic'
param location string = resourceGroup().location
param natSubnetId string
param frontendSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-billing'
  location: location
  sku: {
    name: loadBalancerSku
    tier: 'Regional'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-billing'
        properties: {
          subnet: {
            id: frontendSubnetId
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-billing'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lb.name, 'fe-billing')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
  }
}
