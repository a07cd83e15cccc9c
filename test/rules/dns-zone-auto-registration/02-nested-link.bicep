// expect: dns-zone-auto-registration 1
// expect-line: 13
param vnetId string

resource kvZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'

  resource vnetLink 'virtualNetworkLinks' = {
    name: 'link-${uniqueString(vnetId)}'
    location: 'global'
    properties: {
      registrationEnabled: true
      virtualNetwork: {
        id: vnetId
      }
    }
  }
}
