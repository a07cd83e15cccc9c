// expect: pe-valid-group-id 0
// An endpoint declared existing.
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-shared'
}

output endpointId string = pe.id
