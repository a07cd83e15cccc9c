param visibleSubscriptions array
param autoApprovedSubscriptions array
param partnerSubscriptionId string

var frontendId = resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-api', 'fe-internal')
var natSubnetId = resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-prov', 'snet-pls')

resource plsOwnSubscription 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-own-subscription'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: {
      subscriptions: [
        subscription().subscriptionId
        '11111111-1111-1111-1111-111111111111'
      ]
    }
    autoApproval: {
      subscriptions: [
        subscription().subscriptionId
        '11111111-1111-1111-1111-111111111111'
      ]
    }
  }
}

resource plsCase 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-case'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ 'aaaaaaaa-1111-1111-1111-111111111111' ] }
    autoApproval: { subscriptions: [ 'AAAAAAAA-1111-1111-1111-111111111111' ] }
  }
}

resource plsVisibleToAll 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-visible-to-all'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ '*' ] }
    autoApproval: { subscriptions: [ '22222222-2222-2222-2222-222222222222' ] }
  }
}

resource plsUnknownVisibility 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown-visibility'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: visibleSubscriptions }
    autoApproval: { subscriptions: [ '22222222-2222-2222-2222-222222222222' ] }
  }
}

resource plsUnknownEntry 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown-entry'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: {
      subscriptions: [
        '33333333-3333-3333-3333-333333333333'
        partnerSubscriptionId
      ]
    }
    autoApproval: {
      subscriptions: [
        '44444444-4444-4444-4444-444444444444'
        partnerSubscriptionId
      ]
    }
  }
}

resource plsUnknownAutoApproval 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-unknown-auto-approval'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ '33333333-3333-3333-3333-333333333333' ] }
    autoApproval: { subscriptions: autoApprovedSubscriptions }
  }
}

resource plsManualOnly 'Microsoft.Network/privateLinkServices@2024-05-01' = {
  name: 'pls-manual-only'
  location: 'westeurope'
  properties: {
    loadBalancerFrontendIpConfigurations: [ { id: frontendId } ]
    ipConfigurations: [ { name: 'nat-1', properties: { subnet: { id: natSubnetId } } } ]
    visibility: { subscriptions: [ '33333333-3333-3333-3333-333333333333' ] }
    autoApproval: { subscriptions: [] }
  }
}

resource plsShared 'Microsoft.Network/privateLinkServices@2024-05-01' existing = {
  name: 'pls-shared'
}
