// Zones for blob and file, each linked to the application network.
param vnetId string

var zoneNames = [
  'privatelink.blob.core.windows.net'
  'privatelink.file.core.windows.net'
]

resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for zoneName in zoneNames: {
  name: zoneName
  location: 'global'
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (zoneName, i) in zoneNames: {
  parent: zones[i]
  name: 'link-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnetId
    }
  }
}]

output blobZoneId string = zones[0].id
output fileZoneId string = zones[1].id
