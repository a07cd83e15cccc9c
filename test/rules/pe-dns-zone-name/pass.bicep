// pe-dns-zone-name: recommended zones, and zones or group ids the rule cannot judge.
param location string = resourceGroup().location
param zoneId string
param region string
param storageAccountId string
param plsId string
param existingEndpointName string

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfixture011'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

resource aks 'Microsoft.ContainerService/managedClusters@2024-02-01' existing = {
  name: 'aks-fixture-011'
}

resource blobZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.blob.${environment().suffixes.storage}'
  location: 'global'
}

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for target in [
  { name: 'blob', id: storage.id, group: 'blob' }
  { name: 'blob-secondary', id: storage.id, group: 'blob_secondary' }
  { name: 'aks', id: aks.id, group: 'management' }
  { name: 'unknown-zone', id: storage.id, group: 'dfs' }
  { name: 'partly-known-zone', id: storage.id, group: 'table' }
  { name: 'unknown-target', id: storageAccountId, group: 'file' }
  { name: 'custom-service', id: plsId, group: '' }
  { name: 'invalid-group', id: storage.id, group: 'blobs' }
  { name: 'sovereign', id: storage.id, group: 'queue' }
]: {
  name: 'pe-${target.name}'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: target.name, properties: { privateLinkServiceId: target.id, groupIds: empty(target.group) ? [] : [target.group] } }
    ]
  }
}]

// The recommended zone, built with environment(); the blob_secondary group id shares it.
resource blobGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[0]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'blob', properties: { privateDnsZoneId: blobZone.id } }] }
}

resource blobSecondaryGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[1]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'blob', properties: { privateDnsZoneId: blobZone.id } }] }
}

// A zone with a region placeholder in the documented name.
resource aksGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[2]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'aks', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.westeurope.azmk8s.io') } }] }
}

// Zone ids or names the rule cannot know.
resource unknownZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[3]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'dfs', properties: { privateDnsZoneId: zoneId } }] }
}

resource partlyKnownZoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[4]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'table', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.${region}.table.core.windows.net') } }] }
}

// An unknown target type, and a customer Private Link service with its own zone.
resource unknownTargetGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[5]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'file', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }] }
}

resource customServiceGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[6]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'api', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'api.contoso.internal') } }] }
}

// An invalid group id (another rule's finding) with a zone that one of the type's group ids uses.
resource invalidGroupGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[7]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'blob', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.blob.core.windows.net') } }] }
}

// A sovereign-cloud zone name is not judged against the public-cloud table.
resource sovereignGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: endpoints[8]
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'queue', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.queue.core.usgovcloudapi.net') } }] }
}

// A zone group of an endpoint declared elsewhere: its group id is not known here.
resource existingEndpoint 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: existingEndpointName
}

resource existingEndpointGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = {
  parent: existingEndpoint
  name: 'default'
  properties: { privateDnsZoneConfigs: [{ name: 'x', properties: { privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net') } }] }
}
