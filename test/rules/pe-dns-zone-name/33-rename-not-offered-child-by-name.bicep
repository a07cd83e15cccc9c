// expect: pe-dns-zone-name 1
// The zone's link is its child by the name 'privatelink.vaultcore.azure.com/link-app': a rename would leave it under
// the old name, so no rename is offered.
param location string = resourceGroup().location

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-032'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.com'
  location: 'global'
}

resource vaultZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.com/link-app'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app') }
  }
}

resource peVault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'vault', properties: { privateDnsZoneId: vaultZone.id } }
      ]
    }
  }
}
