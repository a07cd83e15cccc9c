// e2e fixture: one endpoint module, called twice by main.bicep; the group id comes from the caller.
param endpointName string
param groupId string
param vaultId string
param subnetId string
param zoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2023-09-01' = {
  name: endpointName
  location: 'westeurope'
  properties: {
    subnet: { id: subnetId }
    privateLinkServiceConnections: [
      { name: endpointName, properties: { privateLinkServiceId: vaultId, groupIds: [ groupId ] } }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [ { name: 'vault', properties: { privateDnsZoneId: zoneId } } ]
    }
  }
}
