// expect: pe-subnet-nsg-policies 0
// The setting comes from a parameter without a value, or holds a value the documentation does not list.
param endpointPolicies string

resource vnetParam 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-param'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.1.1.0/24'
          networkSecurityGroup: {
            id: resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')
          }
          privateEndpointNetworkPolicies: endpointPolicies
        }
      }
    ]
  }
}

resource vnetOdd 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-odd'
  location: 'westeurope'
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.2.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: '10.2.1.0/24'
          networkSecurityGroup: {
            id: resourceId('Microsoft.Network/networkSecurityGroups', 'nsg-app')
          }
          privateEndpointNetworkPolicies: 'Partial'
        }
      }
    ]
  }
}

resource peParam 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-param'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnetParam.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}

resource peOdd 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-odd'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnetOdd.properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
