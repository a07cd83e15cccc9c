// expect: pe-dns-zone-name 2
// Two endpoints' zone groups use the wrongly named zone: renaming it for one would change it for the other, so no
// rename is offered to either.
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

resource peVault2 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault-2'
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
