// expect: pe-single-group-id 1
func storageGroups(includeFiles bool) array => includeFiles ? ['blob', 'file'] : ['blob']

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-st-udf'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'storage'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Storage/storageAccounts', 'studf001')
          groupIds: storageGroups(true)
        }
      }
    ]
  }
}
