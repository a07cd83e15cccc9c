// e2e fixture: the same module called with a valid group id and with a misspelt one.
param zoneId string
param subnetId string

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-e2e-calls'
  location: 'westeurope'
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    publicNetworkAccess: 'Disabled'
  }
}

module goodEndpoint 'endpoint.bicep' = {
  name: 'pe-good'
  params: { endpointName: 'pe-good', groupId: 'vault', vaultId: vault.id, subnetId: subnetId, zoneId: zoneId }
}

module badEndpoint 'endpoint.bicep' = {
  name: 'pe-bad'
  params: { endpointName: 'pe-bad', groupId: 'vaults', vaultId: vault.id, subnetId: subnetId, zoneId: zoneId }
}
