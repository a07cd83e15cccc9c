// pe-subnet-reserved: every way a private endpoint lands in a reserved or delegated subnet.
param location string = resourceGroup().location
param hubVnetName string
param endpointSubnetName string = 'GatewaySubnet'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16'] }
    subnets: [
      { name: 'GatewaySubnet', properties: { addressPrefix: '10.0.0.0/27' } }
      { name: 'snet-app', properties: { addressPrefix: '10.0.1.0/24' } }
    ]
  }
}

resource webSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-web'
  properties: {
    addressPrefix: '10.0.2.0/24'
    delegations: [
      { name: 'web', properties: { serviceName: 'Microsoft.Web/serverFarms' } }
    ]
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stfixture001'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
}

// Error: the gateway subnet, declared inline in the network.
resource peGateway 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-gateway'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'GatewaySubnet') }
    privateLinkServiceConnections: [
      { name: 'blob', properties: { privateLinkServiceId: storage.id, groupIds: ['blob'] } }
    ]
  }
}

// Warning: the Bastion subnet of a network declared elsewhere; the subnet name is still known from the id.
resource peBastion 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-bastion'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', hubVnetName, 'AzureBastionSubnet') }
    privateLinkServiceConnections: [
      { name: 'file', properties: { privateLinkServiceId: storage.id, groupIds: ['file'] } }
    ]
  }
}

// Warning: a subnet delegated to App Service.
resource peDelegated 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-delegated'
  location: location
  properties: {
    subnet: { id: webSubnet.id }
    privateLinkServiceConnections: [
      { name: 'queue', properties: { privateLinkServiceId: storage.id, groupIds: ['queue'] } }
    ]
  }
}

// Warnings: a loop over firewall and Route Server subnets (names compare case-insensitively).
resource peLoop 'Microsoft.Network/privateEndpoints@2024-05-01' = [for subnetName in ['azurefirewallsubnet', 'AzureFirewallManagementSubnet', 'RouteServerSubnet']: {
  name: 'pe-${toLower(subnetName)}'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', hubVnetName, subnetName) }
    privateLinkServiceConnections: [
      { name: 'table', properties: { privateLinkServiceId: storage.id, groupIds: ['table'] } }
    ]
  }
}]

// Error that depends on the default value of endpointSubnetName.
resource peFromDefault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-from-default'
  location: location
  properties: {
    subnet: { id: '${vnet.id}/subnets/${endpointSubnetName}' }
    privateLinkServiceConnections: [
      { name: 'dfs', properties: { privateLinkServiceId: storage.id, groupIds: ['dfs'] } }
    ]
  }
}
