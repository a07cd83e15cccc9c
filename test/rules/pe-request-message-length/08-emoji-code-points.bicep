// expect: pe-request-message-length 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-zahlungen'
  location: 'germanywestcentral'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-de', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'zahlungen'
        properties: {
          privateLinkServiceId: '/subscriptions/44444444-4444-4444-4444-444444444444/resourceGroups/rg-zahlungen/providers/Microsoft.Network/privateLinkServices/pls-zahlungen'
          requestMessage: 'Freigabe bitte für den privaten Endpunkt der Zahlungsplattform (Produktion, West Europe), Team Zahlungen 💳 🔒, Ticket CHG-2024-0087 – danke!'
        }
      }
    ]
  }
}
