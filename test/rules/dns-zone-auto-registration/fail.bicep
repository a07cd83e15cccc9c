param enableAutoRegistration bool = true
param spokeNetworks array = [
  'vnet-spoke-1'
  'vnet-spoke-2'
]

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

resource blobZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: blobZone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')
    }
  }
}

resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'

  resource hubLink 'virtualNetworkLinks' = {
    name: 'link-vnet-hub'
    location: 'global'
    properties: {
      RegistrationEnabled: enableAutoRegistration
      virtualNetwork: {
        id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub')
      }
    }
  }
}

resource sqlZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: 'privatelink.database.windows.net/link-vnet-data'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-data')
    }
  }
}

resource spokeLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for spoke in spokeNetworks: {
  parent: blobZone
  name: 'link-${spoke}'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', spoke)
    }
  }
}]
