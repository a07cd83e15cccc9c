// expect: dns-zone-public-name 0
// API Management in internal virtual network mode: its names are provided in a private zone named azure-api.net.
resource apimZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'azure-api.net'
  location: 'global'
}
