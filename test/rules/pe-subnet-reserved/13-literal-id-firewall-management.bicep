// expect: pe-subnet-reserved 1
// expect-line: 9
// expect-severity: warning
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-hub-acr'
  location: 'westeurope'
  properties: {
    subnet: {
      id: '/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/AzureFirewallManagementSubnet'
    }
    privateLinkServiceConnections: [
      {
        name: 'registry'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.ContainerRegistry/registries', 'acrhub001')
          groupIds: [
            'registry'
          ]
        }
      }
    ]
  }
}
