// Storage account of the application. Public access is a parameter of the module.
param name string
param location string = 'westeurope'
param publicAccess string

resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  sku: {
    name: 'Standard_LRS'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    publicNetworkAccess: publicAccess
  }
}

output id string = st.id
output name string = st.name
