// expect: pe-dns-zone-name 0
resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: 'stfilesdr001'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stfilesdr001-file-secondary'
  location: 'northeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-dr', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'file-secondary'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            'file_secondary'
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
          name: 'file'
          properties: {
            privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.file.core.windows.net')
          }
        }
      ]
    }
  }
}
