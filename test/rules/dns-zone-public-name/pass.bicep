param zoneSuffix string

resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource avdZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink-global.wvd.microsoft.com'
  location: 'global'
}

// A name whose suffix the caller chooses is not judged.
resource computedZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'blob.${zoneSuffix}'
  location: 'global'
}

// Declared elsewhere: this deployment does not create it.
resource sharedZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'blob.core.windows.net'
}
