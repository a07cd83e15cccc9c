// expect: dns-zone-public-name 1
// expect-line: 4
resource sqlZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'Database.Windows.Net.'
  location: 'global'
}
