// expect: dns-zone-auto-registration 0
// An ordinary private zone registers its virtual machines on purpose.
resource corpZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'corp.contoso.internal'
  location: 'global'

  resource link 'virtualNetworkLinks' = {
    name: 'link-hub'
    location: 'global'
    properties: {
      registrationEnabled: true
      virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub') }
    }
  }
}
