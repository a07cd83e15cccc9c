using './hub-dns-zones.bicep'

import { defaults } from './defaults.bicep'

var prefix = 'contoso'

param resourceGroupName = '${prefix}-rg-dns'
param zones = [
  'privatelink.blob.core.windows.net'
  'privatelink.vaultcore.azure.net'
]
param vnetLinks = [
  {
    virtualNetworkResourceId: '/subscriptions/0000/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub'
    registrationEnabled: false
  }
]
param tags = union(defaults.tags, { environment: readEnvironmentVariable('ENVIRONMENT', 'dev') })
param enableTelemetry = false
