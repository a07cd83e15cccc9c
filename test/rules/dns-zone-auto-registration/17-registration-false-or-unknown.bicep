// expect: dns-zone-auto-registration 0
// Silent when registrationEnabled is absent, false, a parameter without a value, or inside a computed properties object.
param registerHub bool
param linkProperties object

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource absentLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-absent'
  location: 'global'
  properties: {
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-a') }
  }
}

resource falseLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-false'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-b') }
  }
}

resource unknownLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-unknown'
  location: 'global'
  properties: {
    registrationEnabled: registerHub
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-c') }
  }
}

resource computedLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-computed'
  location: 'global'
  properties: linkProperties
}
