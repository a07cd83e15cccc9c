// expect: pe-single-connection 0
resource pe 'Microsoft.Network/privateEndpoints@2024-05-01' existing = {
  name: 'pe-legacy'
}

output nicId string = pe.properties.networkInterfaces[0].id
