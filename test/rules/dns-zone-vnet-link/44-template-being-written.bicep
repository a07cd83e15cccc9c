// expect: dns-zone-vnet-link 1
// expect-line: 18
// expect-message: has no virtual network link to vnet
// Half-written, as in the editor: a link whose network is not chosen yet, a zone group entry without its zone, and a
// second endpoint without a subnet. Nothing here may break the analysis; the link names no network, so the zone is
// still linked to none that the endpoint's clients use.
resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: 'westeurope'
  properties: {
    addressSpace: { addressPrefixes: ['10.1.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.1.2.0/24' } }
    ]
  }
}

resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

resource appLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: zone
  name: 'link-vnet-app'
  location: 'global'
  properties: {
    registrationEnabled: false
  }
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stapp-blob'
  location: 'westeurope'
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: ['blob']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'blob', properties: { privateDnsZoneId: zone.id } }
        { name: 'file' }
      ]
    }
  }
}

resource peFile 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-stapp-file'
  location: 'westeurope'
  properties: {
    privateLinkServiceConnections: [
      {
        name: 'file'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'stapp')
          groupIds: ['file']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'blob', properties: { privateDnsZoneId: zone.id } }
      ]
    }
  }
}
