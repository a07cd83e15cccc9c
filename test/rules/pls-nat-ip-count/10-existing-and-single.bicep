// expect: pls-nat-ip-count 0
param location string = resourceGroup().location

resource sharedPls 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-shared-platform'
}

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-tenant-a'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-tenant-a', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          primary: true
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-tenant-a', 'snet-pls')
          }
        }
      }
    ]
  }
}

output sharedAlias string = sharedPls.properties.alias
