// expect: dns-zone-vnet-link 0
param spokeVnetName string
param location string = resourceGroup().location

resource spoke 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: spokeVnetName

  resource peSubnet 'subnets' existing = {
    name: 'snet-pe'
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.azurewebsites.net'
  location: 'global'

  resource hubLink 'virtualNetworkLinks' = {
    name: 'link-hub'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: resourceId('rg-connectivity', 'Microsoft.Network/virtualNetworks', 'vnet-hub-weu')
      }
    }
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: 'pe-app-orders'
  location: location
  properties: {
    subnet: {
      id: spoke::peSubnet.id
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Web/sites', 'app-orders')
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
            privateDnsZoneId: zone.id
          }
        }
      ]
    }
  }
}
