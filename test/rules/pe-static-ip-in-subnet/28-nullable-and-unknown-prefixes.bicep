// expect: pe-static-ip-in-subnet 2
// expect-line: 64
// expect-line: 91
// Subnets described as objects, the way shared network modules take them: the prefix a subnet does not give reads as
// null, and the other one decides. The third subnet's prefixes are the caller's, and the fourth endpoint's address is
// mistyped (not an address at all): neither can be judged.
param buildSubnetPrefixes array

var subnetConfigs = [
  { name: 'snet-pe-single', addressPrefix: '10.60.1.0/24' }
  { name: 'snet-pe-list', addressPrefixes: ['10.60.2.0/24'] }
]

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-shared'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.60.0.0/16'] }
    subnets: [
      {
        name: subnetConfigs[0].name
        properties: {
          addressPrefix: subnetConfigs[0].?addressPrefix
          addressPrefixes: subnetConfigs[0].?addressPrefixes
        }
      }
      {
        name: subnetConfigs[1].name
        properties: {
          addressPrefix: subnetConfigs[1].?addressPrefix
          addressPrefixes: subnetConfigs[1].?addressPrefixes
        }
      }
      {
        name: 'snet-pe-build'
        properties: {
          addressPrefixes: buildSubnetPrefixes
        }
      }
    ]
  }
}

resource peSingle 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-single'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-single')
          groupIds: ['vault']
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.60.2.10'
        }
      }
    ]
  }
}

resource peList 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-list'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[1].id }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-list')
          groupIds: ['vault']
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.60.1.10'
        }
      }
    ]
  }
}

resource peBuild 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-build'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[2].id }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-build')
          groupIds: ['vault']
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.99.0.10'
        }
      }
    ]
  }
}

resource peTypo 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-typo'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-typo')
          groupIds: ['vault']
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'vault'
        properties: {
          groupId: 'vault'
          memberName: 'default'
          privateIPAddress: '10.60.1.300'
        }
      }
    ]
  }
}
