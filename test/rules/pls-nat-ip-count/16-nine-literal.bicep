// expect: pls-nat-ip-count 1
// expect-line: 23
param natSubnetId string

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-nine'
  location: resourceGroup().location
  properties: {
    loadBalancerFrontendIpConfigurations: [
      {
        id: resourceId('Microsoft.Network/loadBalancers/frontendIPConfigurations', 'lb-nine', 'fe')
      }
    ]
    ipConfigurations: [
      { name: 'nat-1', properties: { primary: true, subnet: { id: natSubnetId } } }
      { name: 'nat-2', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-3', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-4', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-5', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-6', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-7', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-8', properties: { subnet: { id: natSubnetId } } }
      { name: 'nat-9', properties: { subnet: { id: natSubnetId } } }
    ]
  }
}
