// expect: pe-vnet-location 1
// expect-line: 33
var spokes = [
  {
    name: 'vnet-spoke-ne'
    location: 'northeurope'
    prefix: '10.60.0.0/16'
  }
]

resource vnets 'Microsoft.Network/virtualNetworks@2024-05-01' = [for s in spokes: {
  name: s.name
  location: s.location
  properties: {
    addressSpace: {
      addressPrefixes: [
        s.prefix
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: cidrSubnet(s.prefix, 24, 0)
        }
      }
    ]
  }
}]

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-spoke-ne-kv'
  location: 'westeurope'
  properties: {
    subnet: {
      id: vnets[0].properties.subnets[0].id
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-spoke-ne')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}
