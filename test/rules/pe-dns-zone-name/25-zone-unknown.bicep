// expect: pe-dns-zone-name 0
// The zone is a parameter; a zone's region comes from resourceGroup(); a wrong zone sits beside an unknown one.
param zoneId string
param otherZoneId string

resource peParam 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-param'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
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

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'zone0'
          properties: {
            privateDnsZoneId: zoneId
          }
        }
      ]
    }
  }
}

resource peRegion 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-region'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.ContainerService/managedClusters', 'aks-app')
          groupIds: [
            'management'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'zone0'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.${resourceGroup().location}.azmk8s.io')
          }
        }
      ]
    }
  }
}

resource peMixed 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-mixed'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
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

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'zone0'
          properties: {
            privateDnsZoneId: otherZoneId
          }
        }
        {
          name: 'zone1'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
          }
        }
      ]
    }
  }
}
