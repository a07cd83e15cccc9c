// expect: dns-zone-auto-registration 0
param vnetId string

var zones = [
  'privatelink.azurewebsites.net'
  'scm.privatelink.azurewebsites.net'
]

resource zoneRes 'Microsoft.Network/privateDnsZones@2020-06-01' = [for z in zones: {
  name: z
  location: 'global'
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (z, i) in zones: {
  parent: zoneRes[i]
  name: 'link-app'
  location: 'global'
  properties: {
    registrationEnabled: contains(z, 'privatelink') ? false : true
    virtualNetwork: {
      id: vnetId
    }
  }
}]
