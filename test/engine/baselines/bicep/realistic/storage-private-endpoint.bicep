// A storage account reachable only through a blob private endpoint, with its private DNS zone.
metadata description = 'Storage account with a blob private endpoint'

@description('Location for all resources.')
param location string = resourceGroup().location

@minLength(3)
@maxLength(24)
param storageAccountName string = 'st${uniqueString(resourceGroup().id)}'

@allowed([
  'Enabled'
  'Disabled'
])
param publicNetworkAccess string = 'Disabled'

param subnetId string

@description('Sub-resources to expose privately.')
param groupIds string[] = ['blob', 'file']

var zoneNames = {
  blob: 'privatelink.blob.${environment().suffixes.storage}'
  file: 'privatelink.file.${environment().suffixes.storage}'
}

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    publicNetworkAccess: publicNetworkAccess
    minimumTlsVersion: 'TLS1_2'
    networkAcls: {
      defaultAction: publicNetworkAccess == 'Disabled' ? 'Deny' : 'Allow'
      bypass: 'AzureServices'
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'
  }
}

resource zones 'Microsoft.Network/privateDnsZones@2020-06-01' = [for groupId in groupIds: {
  name: zoneNames[groupId]
  location: 'global'
}]

resource endpoints 'Microsoft.Network/privateEndpoints@2023-04-01' = [for (groupId, i) in groupIds: {
  name: 'pe-${storage.name}-${groupId}'
  location: location
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: 'plsc-${groupId}'
        properties: {
          privateLinkServiceId: storage.id
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: replace(zoneNames[groupId], '.', '-')
          properties: {
            privateDnsZoneId: zones[i].id
          }
        }
      ]
    }
  }
}]

#disable-next-line outputs-should-not-contain-secrets
output blobEndpoint string = storage.properties.primaryEndpoints.blob
output endpointIds array = [for (groupId, i) in groupIds: endpoints[i].id]
output blobServiceId string = storage::blobService.id
