// expect: dns-zone-public-name 1
// expect-line: 7
// expect-message: 'cosmosZoneName'
param cosmosZoneName string = 'documents.azure.com'

resource cosmosZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: cosmosZoneName
  location: 'global'
}
