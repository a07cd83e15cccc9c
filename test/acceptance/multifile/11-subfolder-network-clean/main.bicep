module network 'modules/network/vnet.bicep' = {
  name: 'network'
  params: {
    name: 'vnet-app'
    addressPrefix: '10.10.0.0/16'
    peSubnetPrefix: '10.10.1.0/24'
  }
}

module app 'modules/app/app.bicep' = {
  name: 'app'
  params: {
    subnetId: network.outputs.subnetId
    vnetId: network.outputs.vnetId
    storageName: 'stapp11'
  }
}
