param ruleFrontendName string
param backendIp string
param backendAddresses array

var appSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-app')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')
var vnetId = resourceId('Microsoft.Network/virtualNetworks', 'vnet-prov')
var membership = 'nic'

resource lbApi 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-api'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe-internal', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
      { name: 'fe-other', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
    ]
    backendAddressPools: [
      { name: 'be-nic' }
      {
        name: 'be-ip-other'
        properties: {
          loadBalancerBackendAddresses: [
            { name: 'legacy-1', properties: { ipAddress: '10.2.1.20', virtualNetwork: { id: vnetId } } }
          ]
        }
      }
    ]
    loadBalancingRules: [
      {
        name: 'https'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal') }
          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-api', 'be-nic') }
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
      {
        name: 'legacy'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-other') }
          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-api', 'be-ip-other') }
          protocol: 'Tcp'
          frontendPort: 8443
          backendPort: 8443
        }
      }
      {
        name: 'unknown-frontend'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', ruleFrontendName) }
          backendAddressPool: { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-api', 'be-ip-other') }
          protocol: 'Tcp'
          frontendPort: 9443
          backendPort: 9443
        }
      }
    ]
  }
}

resource nicVm1 'Microsoft.Network/networkInterfaces@2024-05-01' = {
  name: 'nic-vm-1'
  location: 'westeurope'
  properties: {
    ipConfigurations: [
      {
        name: 'ipconfig1'
        properties: {
          subnet: { id: appSubnetId }
          loadBalancerBackendAddressPools: [ { id: lbApi.properties.backendAddressPools[0].id } ]
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

resource lbUnknown 'Microsoft.Network/loadBalancers@2024-05-01' = {
  name: 'lb-unknown'
  location: 'westeurope'
  sku: { name: 'Standard' }
  properties: {
    frontendIPConfigurations: [
      { name: 'fe', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: appSubnetId } } }
    ]
    backendAddressPools: [
      { name: 'be-param', properties: { loadBalancerBackendAddresses: [ { name: 'a', properties: { ipAddress: backendIp } } ] } }
      { name: 'be-list', properties: { loadBalancerBackendAddresses: backendAddresses } }
    ]
    loadBalancingRules: [
      {
        name: 'https'
        properties: {
          frontendIPConfiguration: { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-unknown', 'fe') }
          backendAddressPools: [
            { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-unknown', 'be-param') }
            { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-unknown', 'be-list') }
            { id: resourceId('Microsoft.Network/loadBalancers/backendAddressPools', 'lb-unknown', 'be-conditional') }
          ]
          protocol: 'Tcp'
          frontendPort: 443
          backendPort: 443
        }
      }
    ]
  }
}

resource conditionalPool 'Microsoft.Network/loadBalancers/backendAddressPools@2024-05-01' = if (membership == 'ip') {
  parent: lbUnknown
  name: 'be-conditional'
  properties: {
    loadBalancerBackendAddresses: [ { name: 'b', properties: { ipAddress: '10.2.1.30', virtualNetwork: { id: vnetId } } } ]
  }
}

resource plsUnknown 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-unknown', 'fe') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: natSubnetId } } }
    ]
  }
}

resource lbShared 'Microsoft.Network/loadBalancers@2024-05-01' existing = {
  name: 'lb-shared'
}

resource sharedPool 'Microsoft.Network/loadBalancers/backendAddressPools@2024-05-01' = {
  parent: lbShared
  name: 'be-ip'
  properties: {
    loadBalancerBackendAddresses: [ { name: 'c', properties: { ipAddress: '10.2.1.40', virtualNetwork: { id: vnetId } } } ]
  }
}

resource plsShared 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-shared'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-shared', 'fe') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { privateIPAllocationMethod: 'Dynamic', subnet: { id: natSubnetId } } }
    ]
  }
}
