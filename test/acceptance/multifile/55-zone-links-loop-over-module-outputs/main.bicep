module hub 'modules/vnet.bicep' = {
  name: 'hub'
  params: {
    name: 'vnet-hub'
    addressPrefix: '10.0.0.0/16'
    peSubnetPrefix: '10.0.1.0/24'
  }
}

module spoke 'modules/vnet.bicep' = {
  name: 'spoke'
  params: {
    name: 'vnet-spoke'
    addressPrefix: '10.20.0.0/16'
    peSubnetPrefix: '10.20.1.0/24'
  }
}

module dns 'modules/dns.bicep' = {
  name: 'dns'
  params: {
    vnetIds: [
      hub.outputs.vnetId
      spoke.outputs.vnetId
    ]
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stspoke55'
    publicAccess: 'Disabled'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-stspoke55-blob'
    subnetId: spoke.outputs.subnetId
    targetId: storage.outputs.id
    groupId: 'blob'
    zoneId: dns.outputs.zoneId
  }
}
