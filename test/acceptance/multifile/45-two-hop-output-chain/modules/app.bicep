module data 'data/sql.bicep' = {
  name: 'data'
  params: {
    serverName: 'sql-app45'
  }
}

output sqlServerId string = data.outputs.id
