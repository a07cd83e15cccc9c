// expect: pe-dns-zone-group 1
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-partner-sql'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'partner-sql'
        properties: {
          privateLinkServiceId: '/subscriptions/77777777-7777-7777-7777-777777777777/resourceGroups/rg-partner/providers/Microsoft.Sql/servers/sql-partner'
          groupIds: [
            'sqlServer'
          ]
          requestMessage: 'Contoso reporting'
        }
      }
    ]
  }
}
