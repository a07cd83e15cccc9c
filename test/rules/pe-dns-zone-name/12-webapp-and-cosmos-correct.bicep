// expect: pe-dns-zone-name 0
param dnsResourceGroup string = 'rg-dns'

resource app 'Microsoft.Web/sites@2023-12-01' existing = {
  name: 'func-orders'
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' existing = {
  name: 'cosmos-orders'
}

resource peApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-func-orders'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: app.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'sites'
          properties: {
            privateDnsZoneId: resourceId(dnsResourceGroup, 'Microsoft.Network/privateDnsZones', 'privatelink.azurewebsites.net')
          }
        }
      ]
    }
  }
}

resource peCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos-orders'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sql'
        properties: {
          privateLinkServiceId: cosmos.id
          groupIds: [
            'Sql'
          ]
        }
      }
    ]
  }

  resource dns 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'documents'
          properties: {
            privateDnsZoneId: resourceId(dnsResourceGroup, 'Microsoft.Network/privateDnsZones', 'privatelink.documents.azure.com')
          }
        }
      ]
    }
  }
}
