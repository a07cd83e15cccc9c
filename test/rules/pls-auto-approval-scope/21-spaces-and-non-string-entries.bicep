// expect: pls-auto-approval-scope 0
// A visibility entry written with spaces around the id names the same subscription (not proven missing), and an
// auto-approval entry that is no string at all is another problem than scope (ARM rejects it): nothing is said.
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-fin'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-fin', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: natSubnetId
          }
        }
      }
    ]
    visibility: {
      subscriptions: [
        ' 99999999-8888-7777-6666-555555555555 '
      ]
    }
    autoApproval: {
      subscriptions: [
        '99999999-8888-7777-6666-555555555555'
        42
      ]
    }
  }
}
