// The endpoint module receives the storage module's output through a conditional expression, as AVM patterns do.
// Source of 75 and 76 (the same project as `bicep build` writes it): the three must report the same findings.
param useCustomTarget bool = false
param customTargetId string = ''
param subnetId string = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe'

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stmodulechain74'
  }
}

module endpoint 'modules/endpoint.bicep' = {
  name: 'endpoint'
  params: {
    name: 'pe-stmodulechain74-blob'
    targetId: useCustomTarget ? customTargetId : storage.outputs.resourceId
    groupId: 'blob'
    subnetId: subnetId
  }
}
