param registrationEnabled bool
param zoneName string
param linkProperties object
param deployLink bool = true

var hubNetworkId = resourceId('Microsoft.Network/virtualNetworks', 'vnet-hub')

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

// The recommended setting.
resource appLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: blobZone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')
    }
  }
}

// Absent means false.
resource hubLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = if (deployLink) {
  parent: blobZone
  name: 'link-vnet-hub'
  location: 'global'
  properties: {
    virtualNetwork: {
      id: hubNetworkId
    }
  }
}

// Unknown: a parameter without a default.
resource sharedLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: blobZone
  name: 'link-vnet-shared'
  location: 'global'
  properties: {
    registrationEnabled: registrationEnabled
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-shared')
    }
  }
}

// Unknown: the whole properties object comes from a parameter.
resource opsLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: blobZone
  name: 'link-vnet-ops'
  location: 'global'
  properties: linkProperties
}

// Auto-registration in an ordinary private zone is what it is made for.
resource corpZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'corp.contoso.internal'
  location: 'global'

  resource corpLink 'virtualNetworkLinks' = {
    name: 'link-vnet-app'
    location: 'global'
    properties: {
      registrationEnabled: true
      virtualNetwork: {
        id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')
      }
    }
  }
}

// Unknown zone name.
resource unknownZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: '${zoneName}/link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: true
    virtualNetwork: {
      id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app')
    }
  }
}

// Declared elsewhere: an existing link's settings are not in this file.
resource existingZone 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'privatelink.vaultcore.azure.net'

  resource existingLink 'virtualNetworkLinks' existing = {
    name: 'link-vnet-hub'
  }
}
