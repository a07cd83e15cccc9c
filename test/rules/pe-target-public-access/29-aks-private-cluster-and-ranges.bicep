// expect: pe-target-public-access 1
// expect-line: 102
// A private cluster has no public API server, and authorized IP ranges restrict it; a public cluster with neither is open.
resource privateAks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks-private'
  location: 'westeurope'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    dnsPrefix: 'aksprivate'
    publicNetworkAccess: 'Enabled'
    agentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_D4s_v5'
        mode: 'System'
      }
    ]
    apiServerAccessProfile: {
      enablePrivateCluster: true
    }
  }
}

resource pePrivateAks 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aks-private'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'management'
        properties: {
          privateLinkServiceId: privateAks.id
          groupIds: [
            'management'
          ]
        }
      }
    ]
  }
}

resource rangedAks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks-ranged'
  location: 'westeurope'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    dnsPrefix: 'aksranged'
    publicNetworkAccess: 'Enabled'
    agentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_D4s_v5'
        mode: 'System'
      }
    ]
    apiServerAccessProfile: {
      authorizedIPRanges: [
        '203.0.113.0/24'
      ]
    }
  }
}

resource peRangedAks 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aks-ranged'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'management'
        properties: {
          privateLinkServiceId: rangedAks.id
          groupIds: [
            'management'
          ]
        }
      }
    ]
  }
}

resource publicAks 'Microsoft.ContainerService/managedClusters@2024-05-01' = {
  name: 'aks-public'
  location: 'westeurope'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    dnsPrefix: 'akspublic'
    publicNetworkAccess: 'Enabled'
    agentPoolProfiles: [
      {
        name: 'system'
        count: 1
        vmSize: 'Standard_D4s_v5'
        mode: 'System'
      }
    ]
    apiServerAccessProfile: {
      enablePrivateCluster: false
      authorizedIPRanges: []
    }
  }
}

resource pePublicAks 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aks-public'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'management'
        properties: {
          privateLinkServiceId: publicAks.id
          groupIds: [
            'management'
          ]
        }
      }
    ]
  }
}
