// expect: dns-zone-public-name 0
// Unknown parts (a parameter without a value, a suffix chosen by the caller) and existing zones are not judged.
param zoneName string
param storageSuffix string

resource namedByCaller 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: zoneName
  location: 'global'
}

resource suffixByCaller 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'blob.${storageSuffix}'
  location: 'global'
}

resource declaredElsewhere 'Microsoft.Network/privateDnsZones@2020-06-01' existing = {
  name: 'blob.core.windows.net'
}

output zoneId string = declaredElsewhere.id
