param location string = resourceGroup().location
param missingType
param = 'x'

var broken = [1, 2
var after = 'still parsed'

resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: 'pe-${
  location: location
  properties: {
    subnet: {
      id:
    }
    privateLinkServiceConnections: [
      {
        name: 'x' junk
        properties: {
          groupIds: [ 'blob'
resource zone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.${environment().suffixes.storage}'
  location: 'global' )
}

this line is not bicep
neither is this one
var bad = 'unterminated
var badEscape = 'a\qb'
var call = f(1, 2
output x string = zone.id
@description('dangling')
