// expect: pe-valid-group-id 1
// expect-severity: warning
// expect-line: 22
resource vault 'Microsoft.keyvault/Vaults@2023-07-01' existing = {
  name: 'kv-mixedcase'
  scope: resourceGroup('rg-security')
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-kv-mixedcase'
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
            'Vault'
          ]
        }
      }
    ]
  }
}
