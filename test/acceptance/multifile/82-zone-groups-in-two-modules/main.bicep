// pe-dns-zone-group-limits: two zone groups for an endpoint named 'pe-app', each written in its own module (its own
// deployment scope, where the same name may name different endpoints): not proven to be two groups on one endpoint.
module hubDns 'modules/zonegroup.bicep' = {
  name: 'hub-dns'
  params: {
    endpointName: 'pe-app'
    groupName: 'hub'
  }
}

module spokeDns 'modules/zonegroup.bicep' = {
  name: 'spoke-dns'
  params: {
    endpointName: 'pe-app'
    groupName: 'spoke'
  }
}
