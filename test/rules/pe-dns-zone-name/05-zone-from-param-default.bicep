// expect: pe-dns-zone-name 1
// expect-line: 37
// expect-message: privateDnsZoneName
param privateDnsZoneName string = 'privatelink.blob.core.windows.net'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-secrets'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-secrets'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
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
          name: 'config'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', privateDnsZoneName)
          }
        }
      ]
    }
  }
}
