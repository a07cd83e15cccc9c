// expect: pe-dns-zone-group 0
param deployZoneGroup bool = false

resource sb 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = {
  name: 'sb-orders'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sb-orders'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'namespace'
        properties: {
          privateLinkServiceId: sb.id
          groupIds: [
            'namespace'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = if (deployZoneGroup) {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'servicebus'
          properties: {
            privateDnsZoneId: resourceId('rg-dns', 'Microsoft.Network/privateDnsZones', 'privatelink.servicebus.windows.net')
          }
        }
      ]
    }
  }
}
