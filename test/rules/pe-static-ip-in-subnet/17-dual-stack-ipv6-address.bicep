// expect: pe-static-ip-in-subnet 0
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-dual'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.90.0.0/16'
        'fd00:db8:deca::/48'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefixes: [
            '10.90.1.0/24'
            'fd00:db8:deca:1::/64'
          ]
          privateEndpointNetworkPolicies: 'RouteTableEnabled'
        }
      }
    ]
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2025-03-01' = {
  name: 'pe-dual-blob'
  location: 'westeurope'
  properties: {
    ipVersionType: 'DualStack'
    subnet: {
      id: vnet.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stdual001')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
    ipConfigurations: [
      {
        name: 'blob-v4'
        properties: {
          groupId: 'blob'
          memberName: 'blob'
          privateIPAddress: '10.90.1.20'
        }
      }
      {
        name: 'blob-v6'
        properties: {
          groupId: 'blob'
          memberName: 'blob'
          privateIPAddress: 'fd00:db8:deca:1::20'
        }
      }
    ]
  }
}
