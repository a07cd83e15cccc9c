module storage 'br/public:avm/res/storage/storage-account:0.14.3' = {
  name: 'storage'
  params: {
    name: 'stapp20'
    publicNetworkAccess: 'Enabled'
  }
}

module vault 'ts:00000000-0000-0000-0000-000000000000/rg-templatespecs/keyvault:1.0' = {
  name: 'vault'
  params: {
    name: 'kv-app20'
  }
}

module privateStore 'br:contosoregistry.azurecr.io/bicep/modules/storage:v3' = {
  name: 'private-store'
  params: {
    name: 'stpriv20'
  }
}

module peStorage 'modules/endpoint.bicep' = {
  name: 'pe-storage'
  params: {
    name: 'pe-stapp20-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: storage.outputs.resourceId
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}

module peVault 'modules/endpoint.bicep' = {
  name: 'pe-vault'
  params: {
    name: 'pe-kv-app20'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: vault.outputs.resourceId
    groupId: 'vault'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
  }
}

module pePrivate 'modules/endpoint.bicep' = {
  name: 'pe-private'
  params: {
    name: 'pe-stpriv20-blob'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: privateStore.outputs.id
    groupId: 'blob'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net')
  }
}
