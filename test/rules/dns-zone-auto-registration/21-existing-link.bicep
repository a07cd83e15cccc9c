// expect: dns-zone-auto-registration 0
// A link declared `existing` is not this template's to configure.
resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.blob.core.windows.net'
}

resource hubLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' existing = {
  parent: zone
  name: 'link-hub'
}

output hubLinkRegisters bool = hubLink.properties.registrationEnabled
