import { zoneNames } from 'shared/constants.bicep'

module pe 'modules/endpoint.bicep' = {
  name: 'pe-file'
  params: {
    name: 'pe-stapp41-file'
    subnetId: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    targetId: resourceId('Microsoft.Storage/storageAccounts', 'stapp41')
    groupId: 'file'
    zoneId: resourceId('Microsoft.Network/privateDnsZones', zoneNames.file)
  }
}
