// expect: pe-dns-zone-group-incomplete 0
// Data Explorer lists four zones too, but the shipped table does not mark them all as needed.
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-adx'
  location: 'eastus2'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-mon', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'adx'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Kusto/clusters', 'adxanalytics')
          groupIds: [
            'cluster'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'kusto'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.eastus2.kusto.windows.net')
          }
        }
      ]
    }
  }
}
