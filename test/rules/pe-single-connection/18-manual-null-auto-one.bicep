// expect: pe-single-connection 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-grafana'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-ops', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'grafana'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Dashboard/grafana', 'amg-ops')
          groupIds: [
            'grafana'
          ]
        }
      }
    ]
    manualPrivateLinkServiceConnections: null
  }
}
