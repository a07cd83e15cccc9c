// expect: dns-zone-auto-registration 1
// expect-message: enableAutoRegistration
@description('Register VM records automatically in the linked zones.')
param enableAutoRegistration bool = true
param location string = resourceGroup().location

var zoneNames = [
  'privatelink.blob.${environment().suffixes.storage}'
]

resource vnet 'Microsoft.Network/virtualNetworks@2023-09-01' = {
  name: 'vnet-workload'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.1.0.0/16'
      ]
    }
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for zoneName in zoneNames: {
  name: zoneName
  location: 'global'
}]

resource links 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = [for (zoneName, i) in zoneNames: {
  parent: zones[i]
  name: '${vnet.name}-link'
  location: 'global'
  properties: {
    registrationEnabled: enableAutoRegistration
    virtualNetwork: {
      id: vnet.id
    }
  }
}]
