// expect: dns-zone-auto-registration 0
param vnetName string = 'vnet-apps'

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' existing = {
  name: vnetName
}

resource sitesZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.azurewebsites.net'
}

resource appLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: sitesZone
  name: '${vnetName}-link'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

resource corpZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'apps.fabrikam.local'
  location: 'global'

  resource corpLink 'virtualNetworkLinks' = {
    name: '${vnetName}-autoreg'
    location: 'global'
    properties: {
      registrationEnabled: true
      virtualNetwork: {
        id: vnet.id
      }
    }
  }
}
