// expect: pe-dns-zone-group 0
// The endpoint writes customDnsConfigs: its records are managed some other way.
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    customDnsConfigs: [
      {
        fqdn: 'kv-app.vault.azure.net'
        ipAddresses: [
          '10.1.1.10'
        ]
      }
    ]
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
