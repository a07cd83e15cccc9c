// expect: dns-zone-vnet-link 1
// expect-line: 20
// expect-message: is linked to no virtual network at all
// The Container Apps zone carries the region, known only at deployment: still a privatelink zone, linked to nothing.
// The second zone's whole name is the caller's: it may not be a privatelink zone at all, so it is not judged.
param location string = resourceGroup().location
param appsZoneName string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-apps'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.40.1.0/24' } }
    ]
  }
}

resource appsZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.${location}.azurecontainerapps.io'
  location: 'global'
}

resource callerZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: appsZoneName
  location: 'global'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cae-orders'
  location: location
  properties: {
    subnet: { id: vnet.properties.subnets[0].id }
    privateLinkServiceConnections: [
      {
        name: 'environment'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.App/managedEnvironments', 'cae-orders')
          groupIds: ['managedEnvironments']
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'environment', properties: { privateDnsZoneId: appsZone.id } }
        { name: 'caller', properties: { privateDnsZoneId: callerZone.id } }
      ]
    }
  }
}
