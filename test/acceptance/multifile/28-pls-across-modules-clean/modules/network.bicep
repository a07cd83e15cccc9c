resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-svc'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.30.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-frontend'
        properties: {
          addressPrefix: '10.30.1.0/24'
        }
      }
      {
        name: 'snet-nat'
        properties: {
          addressPrefix: '10.30.2.0/24'
          privateLinkServiceNetworkPolicies: 'Disabled'
        }
      }
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.30.3.0/24'
        }
      }
    ]
  }
}

output frontendSubnetId string = vnet.properties.subnets[0].id
output natSubnetId string = vnet.properties.subnets[1].id
output peSubnetId string = vnet.properties.subnets[2].id
