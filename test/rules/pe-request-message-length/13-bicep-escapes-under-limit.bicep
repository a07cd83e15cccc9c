// expect: pe-request-message-length 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner-api'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner-api'
        properties: {
          privateLinkServiceId: resourceId('99999999-9999-9999-9999-999999999999', 'rg-partner', 'Microsoft.Network/privateLinkServices', 'pls-partner-api')
          requestMessage: 'Contoso\'s platform team: we\'d like the partner\'s API endpoint approved \u{2013} prod spoke, West Europe \${region}. Ticket OPS-2024-0042 (urgent).'
        }
      }
    ]
  }
}
