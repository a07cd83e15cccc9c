// expect: pls-nat-ip-count 1
param natSubnetId string

var primaryNat = [
  {
    name: 'nat-primary'
    properties: {
      primary: true
      subnet: {
        id: natSubnetId
      }
    }
  }
]
var extraNat = [for i in range(1, 8): {
  name: 'nat-${i}'
  properties: {
    primary: false
    subnet: {
      id: natSubnetId
    }
  }
}]

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-concat'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-concat', 'fe')
      }
    ]
    ipConfigurations: concat(primaryNat, extraNat)
  }
}
