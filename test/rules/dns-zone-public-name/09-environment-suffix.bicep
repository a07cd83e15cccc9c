// expect: dns-zone-public-name 1
// expect-line: 5
// A missing 'privatelink.' prefix, with the cloud suffix read from environment().
resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'blob.${environment().suffixes.storage}'
  location: 'global'
}
