// expect: pe-dns-zone-name 1
// expect-message: use 'privatelink.notebooks.azure.net'
// A Machine Learning workspace endpoint (group id amlworkspace: the API zone and the notebooks zone) whose group holds
// the API zone and a misspelt notebooks zone (as in azure-ai-studio-secure-bicep): the advice names the notebooks
// zone only, and the fix renames the misspelt zone to it; pointing the config at the API zone would list it twice.
param location string = resourceGroup().location

resource workspace 'Microsoft.MachineLearningServices/workspaces@2024-04-01' = {
  name: 'mlw-fixture-035'
  location: location
  identity: { type: 'SystemAssigned' }
  properties: {
    publicNetworkAccess: 'Disabled'
  }
}

resource apiZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.api.azureml.ms'
  location: 'global'
}

resource notebooksZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'privatelink.notebooks.azureml.net'
  location: 'global'
}

resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-mlw'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'mlw', properties: { privateLinkServiceId: workspace.id, groupIds: ['amlworkspace'] } }
    ]
  }

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        { name: 'api', properties: { privateDnsZoneId: apiZone.id } }
        { name: 'notebooks', properties: { privateDnsZoneId: notebooksZone.id } }
      ]
    }
  }
}
