// expect: pe-dns-zone-name 0
param location string = 'westeurope'

resource aks 'Microsoft.ContainerService/managedClusters@2024-05-01' existing = {
  name: 'aks-platform'
}

resource aksZone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: 'privatelink.${location}.azmk8s.io'
  location: 'global'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-aks-platform'
  location: location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-platform', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'management'
        properties: {
          privateLinkServiceId: aks.id
          groupIds: [
            'management'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'aks'
          properties: {
            privateDnsZoneId: aksZone.id
          }
        }
      ]
    }
  }
}
