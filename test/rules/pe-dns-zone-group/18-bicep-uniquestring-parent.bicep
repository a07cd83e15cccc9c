// expect: pe-dns-zone-group 0
var suffix = uniqueString(resourceGroup().id)

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-evgt-${suffix}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'topic'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.EventGrid/topics', 'evgt-${suffix}')
          groupIds: [
            'topic'
          ]
        }
      }
    ]
  }
}

resource dns 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  name: '${pe.name}/default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: 'eventgrid'
        properties: {
          privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.eventgrid.azure.net')
        }
      }
    ]
  }
}
