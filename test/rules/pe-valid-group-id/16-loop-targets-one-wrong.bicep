// expect: pe-valid-group-id 1
var targets = [
  {
    name: 'kv-orders'
    type: 'Microsoft.KeyVault/vaults'
    groupId: 'vault'
  }
  {
    name: 'sb-orders'
    type: 'Microsoft.ServiceBus/namespaces'
    groupId: 'servicebus'
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
          privateLinkServiceId: resourceId(t.type, t.name)
          groupIds: [
            t.groupId
          ]
        }
      }
    ]
  }
}]
