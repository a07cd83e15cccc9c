// expect: pe-subnet-reserved 0
// The delegations come from a parameter; a subnet declared twice (inline and as a child) has a delegation in one
// declaration only.
param subnetDelegations array

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
          delegations: subnetDelegations
        }
      }
    ]
  }
}

resource vnetTwice 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-twice'
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
        }
      }
    ]
  }
}

resource twiceChild 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnetTwice
  name: 'snet-pe'
  properties: {
    addressPrefix: '10.2.1.0/24'
    delegations: [
      {
        name: 'webapps'
        properties: {
          serviceName: 'Microsoft.Web/serverFarms'
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

resource peTwice 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-twice'
  location: 'westeurope'
  properties: {
    subnet: {
      id: twiceChild.id
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
