// Consumer side: an endpoint to the customer Private Link service. No group id, no DNS zone group.
param subnetId string
param serviceId string

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-svc'
  location: 'westeurope'
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'svc'
        properties: {
          privateLinkServiceId: serviceId
        }
      }
    ]
  }
}
