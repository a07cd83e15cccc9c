// expect: pe-dns-zone-name 1
// expect-line: 47
// expect-severity: warning
// expect-message: Zone 'privatelink.vaultcore.azure.com' is not the zone
// The vault zone is there, and next to it a misspelt copy no service documents: still a warning (it likely stands in for a needed zone).
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-typo-zone'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    publicNetworkAccess: 'Disabled'
  }
}

resource endpoint 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-typo-zone'
  location: 'westeurope'
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
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [for zone in ['privatelink.vaultcore.azure.net', 'privatelink.vaultcore.azure.com']: {
      name: replace(zone, '.', '-')
      properties: {
        privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', zone)
      }
    }]
  }
}
