// expect: pe-target-public-access 2
// expect-line: 138
// expect-line: 181
// Access restrictions that deny unmatched requests restrict an app (in siteConfig or its web config child); a default action Allow, or a rule for Any, leaves it open.
resource listedApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-listed'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      ipSecurityRestrictions: [
        {
          ipAddress: '203.0.113.0/24'
          action: 'Allow'
          priority: 100
          name: 'office'
        }
      ]
    }
  }
}

resource peListedApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-listed'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: listedApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}

resource denyApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-deny'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      ipSecurityRestrictionsDefaultAction: 'Deny'
    }
  }
}

resource peDenyApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-deny'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: denyApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}

resource configApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-config'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
    }
  }
}

resource configAppWeb 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: configApp
  name: 'web'
  properties: {
    ipSecurityRestrictions: [
      {
        ipAddress: 'AzureFrontDoor.Backend'
        tag: 'ServiceTag'
        action: 'Allow'
        priority: 100
        name: 'frontdoor'
      }
    ]
  }
}

resource peConfigApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-config'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: configApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}

resource allowApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-allow'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      ipSecurityRestrictionsDefaultAction: 'Allow'
      ipSecurityRestrictions: [
        {
          ipAddress: '192.0.2.1/32'
          action: 'Deny'
          priority: 100
          name: 'blocked'
        }
      ]
    }
  }
}

resource peAllowApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-allow'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: allowApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}

resource anyApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-any'
  location: 'westeurope'
  kind: 'app'
  properties: {
    serverFarmId: resourceId('Microsoft.Web/serverfarms', 'asp-shared')
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      ipSecurityRestrictions: [
        {
          ipAddress: 'Any'
          action: 'Allow'
          priority: 100
          name: 'everyone'
        }
      ]
    }
  }
}

resource peAnyApp 'Microsoft.Network/privateEndpoints@2024-05-01' = {
  name: 'pe-app-any'
  location: 'westeurope'
  properties: {
    subnet: {
      id: resourceId('Microsoft.Network/virtualNetworks/subnets', 'vnet-app', 'snet-pe')
    }
    privateLinkServiceConnections: [
      {
        name: 'sites'
        properties: {
          privateLinkServiceId: anyApp.id
          groupIds: [
            'sites'
          ]
        }
      }
    ]
  }
}
