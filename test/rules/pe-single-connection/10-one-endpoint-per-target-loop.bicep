// expect: pe-single-connection 0
param targets array = [
  {
    name: 'vault'
    id: resourceId('Microsoft.KeyVault/vaults', 'kv-app')
    groupId: 'vault'
  }
  {
    name: 'blob'
    id: resourceId('Microsoft.Storage/storageAccounts', 'stapp001')
    groupId: 'blob'
  }
]

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for t in targets: {
  name: 'pe-${t.name}'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: t.name
        properties: {
          privateLinkServiceId: t.id
          groupIds: [
            t.groupId
          ]
        }
      }
    ]
  }
}]
