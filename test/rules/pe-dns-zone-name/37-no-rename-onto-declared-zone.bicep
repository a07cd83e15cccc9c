// expect: pe-dns-zone-name 1
// The recommended zone is declared already (twice, under opposite conditions, so the config cannot be pointed at
// one of them): renaming the misspelt zone to the same name would declare it a third time, so no fix is offered.
param location string = resourceGroup().location
param createZone bool

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-037'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    publicNetworkAccess: 'Disabled'
  }
}

resource rightZone 'Microsoft.Network/privateDnsZones@2020-06-01' = if (createZone) {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

resource rightZoneAgain 'Microsoft.Network/privateDnsZones@2020-06-01' = if (!createZone) {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
  tags: { owner: 'platform' }
}

resource typoZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
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
        { name: 'vault', properties: { privateDnsZoneId: typoZone.id } }
      ]
    }
  }
}
