param name string

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: 'westeurope'
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
  }
}

output info object = {
  id: st.id
  name: st.name
}
