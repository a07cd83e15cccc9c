// expect: pe-request-message-length 1
// expect-line: 22
// expect-message: approvalMessage
@description('Text shown to the owner of the target when approving the connection')
param approvalMessage string = 'Hello, this is the integration team. We need a private endpoint into your Service Bus namespace for order events from the fulfilment system; thanks!'

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sb-orders'
  location: resourceGroup().location
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-integration', 'snet-pe')
    }
    manualPrivateLinkServiceConnections: [
      {
        name: 'sb-orders'
        properties: {
          privateLinkServiceId: resourceId('22222222-2222-2222-2222-222222222222', 'rg-orders', 'Microsoft.ServiceBus/namespaces', 'sb-orders')
          groupIds: [
            'namespace'
          ]
          requestMessage: approvalMessage
        }
      }
    ]
  }
}
