// expect: pe-connection-target-missing 0
// An endpoint declared existing is not this template's to write.
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-shared'
}

output endpointId string = pe.id
