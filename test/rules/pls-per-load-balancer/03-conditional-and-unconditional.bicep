// expect: pls-per-load-balancer 1
// expect-line: 56
param location string = resourceGroup().location
param deployPartnerService bool
param natSubnetId string
param frontendSubnetId string

resource lb 'Microsoft.Network/loadBalancers@2023-09-01' = {
  name: 'lb-claims'
  location: location
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-claims'
        properties: {
          subnet: {
            id: frontendSubnetId
          }
        }
      }
    ]
  }
}

resource plsInternal 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-claims-internal'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
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

resource plsPartner 'Microsoft.Network/privateLinkServices@2023-09-01' = if (deployPartnerService) {
  name: 'pls-claims-partner'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: lb.properties.frontendIPConfigurations[0].id
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
