param autoApprovedSubscriptions array = [
  '*'
]
param consumerSubscriptionId string = '22222222-2222-2222-2222-222222222222'

var frontendId = resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource plsStar 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-star'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ subscription().subscriptionId ] }
    autoApproval: { subscriptions: [ '*' ] }
  }
}

resource plsStarDefault 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-star-default'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ '*' ] }
    autoApproval: { subscriptions: autoApprovedSubscriptions }
  }
}

resource plsOutsideVisibility 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-outside-visibility'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: {
      subscriptions: [
        '11111111-1111-1111-1111-111111111111'
        '33333333-3333-3333-3333-333333333333'
      ]
    }
    autoApproval: {
      subscriptions: [
        '11111111-1111-1111-1111-111111111111'
        consumerSubscriptionId
        '44444444-4444-4444-4444-444444444444'
      ]
    }
  }
}

resource plsNoVisibility 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-no-visibility'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    autoApproval: { subscriptions: [ subscription().subscriptionId ] }
  }
}
