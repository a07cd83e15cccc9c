// expect: pe-request-message-length 1
// expect-line: 27
param environmentName string = 'production'
var appName = 'contoso-order-management-platform'
var owner = 'Order Management Platform Engineering (platform-eng@contoso.com)'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-partner-shared'
  scope: resourceGroup('00000000-0000-0000-0000-000000000009', 'rg-partner')
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner-kv'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner-kv'
        properties: {
          privateLinkServiceId: vault.id
          groupIds: [
            'vault'
          ]
          requestMessage: 'Access request from ${appName} (${environmentName}). Owner: ${owner}. Please approve within two business days.'
        }
      }
    ]
  }
}
