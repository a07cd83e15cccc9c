// pe-target-sku: targets with a supported SKU, and SKUs the rule cannot know.
param location string = resourceGroup().location
param registrySku string
param existingRegistryName string

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crfixture003'
  location: location
  sku: { name: 'premium' }
}

resource appConfig 'Microsoft.AppConfiguration/configurationStores@2023-03-01' = {
  name: 'appcs-fixture-002'
  location: location
  sku: { name: 'Standard' }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sb-fixture-002'
  location: location
  sku: { name: 'Premium', tier: 'Premium', capacity: 1 }
}

resource unknownSkuRegistry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crfixture004'
  location: location
  sku: { name: registrySku }
}

resource existingRegistry 'Microsoft.ContainerRegistry/registries@2023-07-01' existing = {
  name: existingRegistryName
}

// A Basic registry without a private endpoint is none of this rule's business.
resource unrelatedRegistry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crfixture005'
  location: location
  sku: { name: 'Basic' }
}

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [for target in [
  { name: 'registry', id: registry.id, group: 'registry' }
  { name: 'appconfig', id: appConfig.id, group: 'configurationStores' }
  { name: 'servicebus', id: serviceBus.id, group: 'namespace' }
  { name: 'unknown-sku', id: unknownSkuRegistry.id, group: 'registry' }
  { name: 'existing', id: existingRegistry.id, group: 'registry' }
  { name: 'elsewhere', id: resourceId('otherRg', 'Microsoft.ContainerRegistry/registries', 'crbasic'), group: 'registry' }
]: {
  name: 'pe-${target.name}'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: target.name, properties: { privateLinkServiceId: target.id, groupIds: [target.group] } }
    ]
  }
}]
