// expect: dns-zone-auto-registration 0
@description('Name of the private DNS zone to create, e.g. a corporate zone.')
param zoneName string
param vnetId string

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: zoneName
  location: 'global'

  resource link 'virtualNetworkLinks' = {
    name: 'link-workload'
    location: 'global'
    properties: {
      registrationEnabled: true
      virtualNetwork: {
        id: vnetId
      }
    }
  }
}
