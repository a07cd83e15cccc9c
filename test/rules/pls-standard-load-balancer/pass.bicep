@description('SKU chosen at deployment: unknown here.')
param lbSku string

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var plsSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-internal'
        properties: {
          subnet: {
            id: appSubnetId
          }
        }
      }
    ]
  }
}

resource lbParam 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-param'
  location: 'westeurope'
  sku: {
    name: lbSku
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: appSubnetId
          }
        }
      }
    ]
  }
}

// Basic, but no Private Link service uses it.
resource lbBasicUnused 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-basic-unused'
  location: 'westeurope'
  sku: {
    name: 'Basic'
  }
  properties: {}
}

resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', lbApi.name, 'fe-internal')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: plsSubnetId
          }
        }
      }
    ]
  }
}

resource plsParam 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-param'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbParam.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: plsSubnetId
          }
        }
      }
    ]
  }
}
