// A Private Link service in front of an internal load balancer, as a service provider would publish it.
// Three mistakes: the load balancer has no SKU (Basic), the NAT subnet keeps Private Link service network
// policies enabled, and the service is visible to every subscription.

@description('Location of every resource.')
param location string = resourceGroup().location

var vnetName = 'vnet-provider'

resource vnet 'Microsoft.Network/virtualNetworks@2023-11-01' = {
  name: vnetName
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: ['10.20.0.0/16']
    }
    subnets: [
      {
        name: 'snet-backend'
        properties: {
          addressPrefix: '10.20.1.0/24'
        }
      }
      {
        name: 'snet-pls-nat'
        properties: {
          addressPrefix: '10.20.2.0/24'
        }
      }
    ]
  }
}

resource loadBalancer 'Microsoft.Network/loadBalancers@2023-11-01' = {
  name: 'lb-app-internal'
  location: location
  dependsOn: [vnet]
  properties: {
    frontendIPConfigurations: [
      {
        name: 'frontend'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'snet-backend')
          }
        }
      }
    ]
    backendAddressPools: [
      {
        name: 'backend'
      }
    ]
  }
}

resource privateLinkService 'Microsoft.Network/privateLinkServices@2023-11-01' = {
  name: 'pls-app'
  location: location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', loadBalancer.name, 'frontend')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          privateIPAllocationMethod: 'Dynamic'
          privateIPAddressVersion: 'IPv4'
          primary: true
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', vnetName, 'snet-pls-nat')
          }
        }
      }
    ]
    visibility: {
      subscriptions: ['*']
    }
    autoApproval: {
      subscriptions: []
    }
  }
}

output alias string = privateLinkService.properties.alias
