param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
  }

  resource peSubnet 'subnets' = {
    name: 'snet-pe'
    properties: {
      addressPrefix: '10.1.2.0/24'
    }
  }
}

output subnetId string = vnet::peSubnet.id
