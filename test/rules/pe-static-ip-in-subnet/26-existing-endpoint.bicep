// expect: pe-static-ip-in-subnet 0
// An endpoint declared existing.
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-shared'
}

output endpointIp string = pe.properties.ipConfigurations[0].properties.privateIPAddress
