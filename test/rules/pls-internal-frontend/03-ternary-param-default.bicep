// expect: pls-internal-frontend 1
// expect-message: exposePublicly
param location string = resourceGroup().location
param exposePublicly bool = true
param appSubnetId string
param natSubnetId string

resource pip 'Microsoft.Network/publicIPAddresses@2023-09-01' = if (exposePublicly) {
  name: 'pip-api'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    publicIPAllocationMethod: 'Static'
  }
}

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-api'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-api'
        properties: exposePublicly ? {
          publicIPAddress: {
            id: pip.id
          }
        } : {
          subnet: {
            id: appSubnetId
          }
        }
      }
    ]
  }
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-api'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lb.name, 'fe-api')
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
