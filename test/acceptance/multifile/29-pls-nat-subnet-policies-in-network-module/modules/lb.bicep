param subnetId string

resource lb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-svc'
  location: 'westeurope'
  sku: {
    name: 'Standard'
  }
  properties: {
    frontendIPConfigurations: [
      {
        name: 'fe-internal'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: subnetId
          }
        }
      }
    ]
  }
}

output frontendId string = lb.properties.frontendIPConfigurations[0].id
