param frontendName string = 'fe-internal'

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')
var vnetId = resourceId('Microsoft.Network/virtualNetworks', 'vnet-prov')
var backendIps = [
  '10.2.1.4'
  '10.2.1.5'
]

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: frontendName, properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
    ]
    backendAddressPools: [
      {
        name: 'be-ip'
        properties: {
          loadBalancerBackendAddresses: [
            { name: 'vm-1', properties: { ipAddress: '10.2.1.4', virtualNetwork: { id: vnetId } } }
          ]
        }
      }
    ]
    probes: [ { name: 'tcp-443', properties: { protocol: 'Tcp', port: 443 } } ]
    loadBalancingRules: [
      {
        name: 'https'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', frontendName) }
          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-api', 'be-ip') }
          probe: { id: resourceId('Microsoft.Network/loadBalancers/probes', 'lb-api', 'tcp-443') }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
    ]
  }
}

resource plsApi 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-api'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: lbApi.properties.frontendIPConfigurations[0].id }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: natSubnetId } } }
    ]
  }
}

resource lbWeb 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-web'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-web', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
    ]
    backendAddressPools: [ { name: 'be-web' } ]
    loadBalancingRules: [
      {
        name: 'http'
        properties: {
          frontendIPConfiguration: { id: '${resourceId('Microsoft.Network/loadBalancers', 'lb-web')}/frontendIPConfigurations/fe-web' }
          backendAddressPools: [
            { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-web', 'be-web') }
          ]
          protocol: 'Tcp'
          frontendPort: 80
          backendPort: 80
        }
      }
    ]
  }
}

resource webPool 'Microsoft.Network/loadBalancers/backendAddressPools@2024-05-01' = {
  parent: lbWeb
  name: 'be-web'
  properties: {
    loadBalancerBackendAddresses: [for (ip, i) in backendIps: {
      name: 'web-${i}'
      properties: {
        ipAddress: ip
        virtualNetwork: { id: vnetId }
      }
    }]
  }
}

resource plsWeb 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-web'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-web', 'fe-web') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: natSubnetId } } }
    ]
  }
}
