// expect: pls-per-load-balancer 0
// Existing Private Link services are not in the files.
resource plsA 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-a'
}

resource plsB 'Microsoft.Network/privateLinkServices@2023-09-01' existing = {
  name: 'pls-b'
}

output aliases array = [
  plsA.properties.alias
  plsB.properties.alias
]
