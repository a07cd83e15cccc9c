// expect: pls-same-region 0
// An existing Private Link service is configured elsewhere.
resource pls 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-shared'
}

output serviceLocation string = pls.location
