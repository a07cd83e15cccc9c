// expect: pe-single-connection 1
// expect-line: 13
param location string = resourceGroup().location

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' existing = {
  name: 'vnet-app'

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-placeholder'
  location: location
  properties: {
    subnet: {
      id: vnet::peSubnet.id
    }
    customNetworkInterfaceName: 'nic-pe-placeholder'
  }
}
