// The storage account is local; its private endpoint comes from the public registry (AVM), which is never fetched:
// nothing proves what that module deploys, so nothing here is judged against it.
module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stapp33'
    publicAccess: 'Enabled'
  }
}

module endpoint 'br/public:avm/res/network/private-endpoint:0.7.0' = {
  name: 'endpoint'
  params: {
    name: 'pe-stapp33-blob'
    subnetResourceId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    privateLinkServiceConnections: [
      {
        name: 'blob'
        properties: {
          privateLinkServiceId: storage.outputs.id
          groupIds: [
            'blob'
          ]
        }
      }
    ]
  }
}
