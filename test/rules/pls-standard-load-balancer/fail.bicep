param location string = 'westeurope'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-prov'

  resource appSubnet 'subnets' existing = {
    name: 'snet-app'
  }

  resource plsSubnet 'subnets' existing = {
    name: 'snet-pls'
  }
}

// Basic, written out.
resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-internal'
        properties: {
          subnet: {
            id: vnet::appSubnet.id
          }
        }
      }
    ]
  }
}

// No SKU: Basic by default.
resource lbNoSku 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-no-sku'
  location: location
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: vnet::appSubnet.id
          }
        }
      }
    ]
  }
}

resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbApi.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet::plsSubnet.id
          }
        }
      }
    ]
  }
}

resource plsOther 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-other'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: '${lbNoSku.id}/frontendIPConfigurations/fe'
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: vnet::plsSubnet.id
          }
        }
      }
    ]
  }
}
