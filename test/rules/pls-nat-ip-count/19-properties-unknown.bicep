// expect: pls-nat-ip-count 0
// The service's whole properties object comes from a parameter without a value.
param serviceProperties object

resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' = {
  name: 'pls-whole'
  location: 'westeurope'
  properties: serviceProperties
}
