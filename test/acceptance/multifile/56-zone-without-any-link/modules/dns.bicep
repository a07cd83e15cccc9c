// The zone is created here; its network links were forgotten.
resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.vaultcore.azure.net'
  location: 'global'
}

output zoneId string = zone.id
