// expect: pe-vnet-location 1
var regions = [
  {
    name: 'westeurope'
    prefix: '10.10.0.0/16'
  }
  {
    name: 'northeurope'
    prefix: '10.11.0.0/16'
  }
]

resource vnets 'Microsoft.Network/virtualNetworks@2024-05-01' = [for r in regions: {
  name: 'vnet-${r.name}'
  location: r.name
  properties: {
    addressSpace: {
      addressPrefixes: [
        r.prefix
      ]
    }
    subnets: [
      {
        name: 'snet-pe'
        properties: {
          addressPrefix: cidrSubnet(r.prefix, 24, 1)
        }
      }
    ]
  }
}]

// Bug: every endpoint is placed in the first region.
resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for (r, i) in regions: {
  name: 'pe-kv-${r.name}'
  location: regions[0].name
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-${r.name}', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'vault'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.KeyVault/vaults', 'kv-global')
          groupIds: [
            'vault'
          ]
        }
      }
    ]
  }
}]
