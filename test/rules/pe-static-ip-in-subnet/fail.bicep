// pe-static-ip-in-subnet: static endpoint addresses outside the subnet or on addresses Azure reserves.
param location string = resourceGroup().location
param gatewayIp string = '10.0.1.1'

resource vnet 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: 'vnet-app'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.0.0.0/16', 'fd00:db8::/48'] }
    subnets: [
      { name: 'snet-pe', properties: { addressPrefix: '10.0.1.0/24' } }
      { name: 'snet-dual', properties: { addressPrefixes: ['10.0.3.0/26', 'fd00:db8:0:3::/64'] } }
    ]
  }
}

resource computedSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-05-01' = {
  parent: vnet
  name: 'snet-computed'
  properties: {
    addressPrefix: cidrSubnet('10.0.0.0/16', 24, 5)
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-fixture-001'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: 'cosmos-fixture-001'
  location: location
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [{ locationName: location }]
  }
}

// Outside the subnet, on the DNS-mapped address, and on the last address.
resource peVault 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-vault'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'outside', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.2.10' } }
      { name: 'dns', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.1.3' } }
      { name: 'last', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.1.255' } }
    ]
  }
}

// The gateway address, from a parameter default.
resource peGatewayIp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-gateway-ip'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-pe') }
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'gw', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: gatewayIp } }
    ]
  }
}

// A dual-stack subnet: an IPv6 address outside its IPv6 prefix, and an IPv4 network address.
resource peDual 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-dual'
  location: location
  properties: {
    subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'snet-dual') }
    ipVersionType: 'DualStack'
    privateLinkServiceConnections: [
      { name: 'vault', properties: { privateLinkServiceId: vault.id, groupIds: ['vault'] } }
    ]
    ipConfigurations: [
      { name: 'v6', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: 'fd00:db8:0:4::10' } }
      { name: 'v4', properties: { groupId: 'vault', memberName: 'default', privateIPAddress: '10.0.3.0' } }
    ]
  }
}

// A loop over member addresses, one of them outside a prefix computed with cidrSubnet().
resource peCosmos 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-cosmos'
  location: location
  properties: {
    subnet: { id: computedSubnet.id }
    privateLinkServiceConnections: [
      { name: 'sql', properties: { privateLinkServiceId: cosmos.id, groupIds: ['Sql'] } }
    ]
    ipConfigurations: [for member in [{ name: 'cosmos-fixture-001', ip: '10.0.5.10' }, { name: 'cosmos-fixture-001-westeurope', ip: '10.0.6.11' }]: {
      name: 'ipconfig-${member.name}'
      properties: { groupId: 'Sql', memberName: member.name, privateIPAddress: member.ip }
    }]
  }
}
