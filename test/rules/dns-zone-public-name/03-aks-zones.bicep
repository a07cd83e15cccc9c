// expect: dns-zone-public-name 0
param location string = 'westeurope'

resource aksZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.${location}.azmk8s.io'
  location: 'global'
}

resource aksSubzone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'team-a.privatelink.${location}.azmk8s.io'
  location: 'global'
}
