// pe-target-sku: private endpoint targets whose SKU does not support private endpoints.
param location string = resourceGroup().location
param serviceBusSku string = 'Standard'
param deployRegistry bool

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: 'crfixture001'
  location: location
  sku: { name: 'Basic' }
}

resource appConfig 'Microsoft.AppConfiguration/configurationStores@2023-03-01' = {
  name: 'appcs-fixture-001'
  location: location
  sku: { name: 'free' }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sb-fixture-001'
  location: location
  sku: {
    name: serviceBusSku
    tier: serviceBusSku
  }
}

// A conditional registry is checked as if it were deployed.
resource maybeRegistry 'Microsoft.ContainerRegistry/registries@2023-07-01' = if (deployRegistry) {
  name: 'crfixture002'
  location: location
  sku: { name: 'Standard' }
}

resource peRegistry 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-registry'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'registry', properties: { privateLinkServiceId: registry.id, groupIds: ['registry'] } }
    ]
  }
}

resource peAppConfig 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-appconfig'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'configurationStores', properties: { privateLinkServiceId: appConfig.id, groupIds: ['configurationStores'] } }
    ]
  }
}

resource peServiceBus 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-servicebus'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'namespace', properties: { privateLinkServiceId: serviceBus.id, groupIds: ['namespace'] } }
    ]
  }
}

resource peMaybeRegistry 'Microsoft.Network/privateEndpoints@2024-05-01' = if (deployRegistry) {
  name: 'pe-maybe-registry'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    manualPrivateLinkServiceConnections: [
      { name: 'registry', properties: { privateLinkServiceId: maybeRegistry.id, groupIds: ['registry'] } }
    ]
  }
}

// A Service Bus namespace whose SKU name and tier are both written here: the fix moves both to Premium.
resource orders 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sb-fixture-orders'
  location: location
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
}

resource peOrders 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-orders'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'namespace', properties: { privateLinkServiceId: orders.id, groupIds: ['namespace'] } }
    ]
  }
}
