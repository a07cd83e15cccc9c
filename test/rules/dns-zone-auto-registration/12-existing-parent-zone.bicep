// expect: dns-zone-auto-registration 1
// expect-line: 14
param hubVnetId string

resource acrZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.azurecr.io'
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: acrZone
  name: 'link-hub'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: hubVnetId
    }
  }
}
