module network 'modules/network.bicep' = {
  name: 'network'
}

module lb 'modules/lb.bicep' = {
  name: 'lb'
  params: {
    subnetId: network.outputs.frontendSubnetId
  }
}

module pls 'modules/pls.bicep' = {
  name: 'pls'
  params: {
    frontendIpConfigurationId: lb.outputs.frontendId
    natSubnetId: network.outputs.natSubnetId
  }
}

module consumer 'modules/consumer-endpoint.bicep' = {
  name: 'consumer'
  params: {
    subnetId: network.outputs.peSubnetId
    serviceId: pls.outputs.id
  }
}
