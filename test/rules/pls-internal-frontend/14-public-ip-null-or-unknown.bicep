// expect: pls-internal-frontend 0
// publicIPAddress is null, chosen by a parameter without a value, or inside a properties object passed in.
param exposePublicly bool
param frontendProperties object

resource lbNull 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-null'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-app')
          }
          publicIPAddress: null
        }
      }
    ]
  }
}

resource lbTernary 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-ternary'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: {
          publicIPAddress: exposePublicly ? {
            id: resourceId('Microsoft.Network/publicIPAddresses', 'pip-app')
          } : null
        }
      }
    ]
  }
}

resource lbPassed 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-passed'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe'
        properties: frontendProperties
      }
    ]
  }
}

resource plsNull 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-null'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbNull.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
  }
}

resource plsTernary 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-ternary'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbTernary.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
  }
}

resource plsPassed 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-passed'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lbPassed.properties.frontendIPConfigurations[0].id
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-nat')
          }
        }
      }
    ]
  }
}
