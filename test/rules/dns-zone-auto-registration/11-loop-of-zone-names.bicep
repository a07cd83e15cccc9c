// expect: dns-zone-auto-registration 0
param vnetId string
param privateLinkZones array

resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for zone in privateLinkZones: {
  name: zone
  location: 'global'
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (zone, i) in privateLinkZones: {
  parent: zones[i]
  name: 'hub-link'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnetId
    }
  }
}]
