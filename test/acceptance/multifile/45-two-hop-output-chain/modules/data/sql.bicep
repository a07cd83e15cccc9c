param serverName string
param publicAccess string = 'Enabled'

resource sql 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: serverName
  location: 'westeurope'
  properties: {
    administratorLogin: 'sqladmin'
    minimalTlsVersion: '1.2'
    publicNetworkAccess: publicAccess
  }
}

output id string = sql.id
