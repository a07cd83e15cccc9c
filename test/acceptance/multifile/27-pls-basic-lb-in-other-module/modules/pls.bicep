param frontendIpConfigurationId string
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-svc'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: frontendIpConfigurationId
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          privateIPAddressVersion: 'IPv4'
          primary: true
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
  }
}

output id string = pls.id
