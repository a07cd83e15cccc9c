// expect: pls-auto-approval-scope 1
// expect-line: 34
var teamA = 'aaaaaaaa-0000-0000-0000-000000000001'
var teamB = 'bbbbbbbb-0000-0000-0000-000000000002'

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-teams'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-teams', 'fe')
      }
    ]
    ipConfigurations: [
      {
        name: 'nat-1'
        properties: {
          subnet: {
            id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-teams', 'snet-pls')
          }
        }
      }
    ]
    visibility: {
      subscriptions: [
        teamA
        teamB
      ]
    }
    autoApproval: {
      subscriptions: [
        toUpper(teamA)
        'cccccccc-0000-0000-0000-000000000003'
      ]
    }
  }
}
