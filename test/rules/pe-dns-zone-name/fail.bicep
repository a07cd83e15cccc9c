// pe-dns-zone-name: zone groups pointing at a zone that is not the recommended one for the endpoint's group id.
param location string = resourceGroup().location
param cosmosZoneName string = 'privatelink.database.windows.net'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfixture010'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-010'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crfixture010'
  location: location
  sku: { name: 'Premium' }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-fixture-010'
  location: location
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location }]
  }
}

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.core.windows.net'
  location: 'global'
}

resource fileZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.file.core.windows.net'
  location: 'global'
}

// A typo in the zone name; the zone is used by this group only, so it can be renamed.
resource vaultZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.com'
  location: 'global'

  resource link 'virtualNetworkLinks' = {
    name: 'link-vnet-app'
    location: 'global'
    properties: {
      registrationEnabled: false
      virtualNetwork: { id: resourceId('Microsoft.Network/virtualNetworks', 'vnet-app') }
    }
  }
}

// The file endpoint points at the blob zone; the file zone is declared, so the fix re-points the reference.
resource peFile 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-file'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'file', properties: { privateLinkServiceId: storage.id, groupIds: ['file'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'file', properties: { privateDnsZoneId: blobZone.id } }
      ]
    }
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

// A legacy regional data zone in a hub subscription, referenced by id.
resource peRegistry 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-registry'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'registry', properties: { privateLinkServiceId: registry.id, groupIds: ['registry'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'data', properties: { privateDnsZoneId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-hub/providers/Microsoft.Network/privateDnsZones/westeurope.data.privatelink.azurecr.io' } }
      ]
    }
  }
}

// Another service's zone, from a parameter default.
resource peCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'sql', properties: { privateLinkServiceId: cosmos.id, groupIds: ['Sql'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'sql', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', cosmosZoneName) } }
      ]
    }
  }
}

// An invalid group id: only a zone that no storage group id uses is reported.
resource peInvalidGroup 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-invalid-group'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'blobs', properties: { privateLinkServiceId: storage.id, groupIds: ['blobs'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'vault', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net') } }
      ]
    }
  }
}
