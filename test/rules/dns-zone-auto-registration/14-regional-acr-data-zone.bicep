// expect: dns-zone-auto-registration 1
param vnetId string


resource dataZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'westeurope.data.privatelink.azurecr.io'
  location: 'global'
}

resource dataLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: dataZone
  name: 'link-build-agents'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: vnetId
    }
  }
}
