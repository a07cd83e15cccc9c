// expect: pe-dns-zone-name 0
// Azure API for FHIR documents no zone; an application gateway's group ids are its own frontend names.
resource peFhir 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-fhir'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.HealthcareApis/services', 'fhir-app')
          groupIds: [
            'fhir'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'zone0'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
          }
        }
      ]
    }
  }
}

resource peAgw 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-agw'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'conn'
        properties: {
          privateLinkServiceId: resourceId('Microsoft.Network/applicationGateways', 'agw-app')
          groupIds: [
            'appGwPrivateFrontendIp'
          ]
        }
      }
    ]
  }

  resource zoneGroup 'privateDnsZoneGroups' = {
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: 'zone0'
          properties: {
            privateDnsZoneId: resourceId('Microsoft.Network/privateDnsZones', 'privatelink.vaultcore.azure.net')
          }
        }
      ]
    }
  }
}
