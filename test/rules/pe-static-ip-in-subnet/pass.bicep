// pe-static-ip-in-subnet: assignable addresses, and addresses or prefixes the rule cannot judge.
param location string = resourceGroup().location
param subnetPrefix string
param endpointIp string
param existingVnetName string

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16', 'fd00:db8::/48'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.0.1.0/24' } }
      { name: 'snet-unknown', properties: { addressPrefix: subnetPrefix } }
      { name: 'snet-two-v4', properties: { addressPrefixes: ['10.0.3.0/26', '10.0.4.0/26'] } }
      { name: 'snet-dual', properties: { addressPrefixes: ['10.0.5.0/26', 'fd00:db8:0:5::/64'] } }
      { name: 'snet-sloppy', properties: { addressPrefix: '10.0.6.5/24' } }
    ]
  }
}

resource existingSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' existing = {
  name: '${existingVnetName}/snet-shared'
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-002'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

// The first and the last assignable addresses.
resource peEdges 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-edges'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'first', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.1.4' } }
      { name: 'last', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.1.254' } }
    ]
  }
}

// Unknown address, unknown prefix, an existing subnet.
resource peUnknown 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-unknown') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'a', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '192.168.0.10' } }
    ]
  }
}

resource peUnknownIp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-unknown-ip'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'a', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: endpointIp } }
    ]
  }
}

resource peExistingSubnet 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-existing-subnet'
  location: location
  properties: {
    subnet: { id: existingSubnet.id }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'a', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '172.16.0.1' } }
    ]
  }
}

// Not judged: reservations with two IPv4 prefixes, IPv6 reservations, and prefixes with host bits set.
resource peNotJudged 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-not-judged'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-two-v4') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'second-network', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.4.0' } }
    ]
  }
}

resource peIpv6First 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-ipv6-first'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-dual') }
    ipVersionType: 'DualStack'
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'v6', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: 'fd00:db8:0:5::1' } }
      { name: 'v4', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.5.10' } }
    ]
  }
}

resource peSloppy 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-sloppy'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-sloppy') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'a', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.9.10' } }
    ]
  }
}

// An existing endpoint is not judged.
resource peExisting 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-old'
}
