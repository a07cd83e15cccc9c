// expect: pls-visibility-everyone 1
// expect-line: 17
// The fix's parameter name is already declared (for another service): the finding stands, but no fix that would
// declare it a second time.
param privateLinkServiceVisibleSubscriptionIds array = [subscription().subscriptionId]

resource pls 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-open'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls') } } }
    ]
    visibility: { subscriptions: [ '*' ] }
  }
}

resource plsPartners 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-partners'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [
      { id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe2') }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { subnet: { id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls') } } }
    ]
    visibility: { subscriptions: privateLinkServiceVisibleSubscriptionIds }
  }
}
