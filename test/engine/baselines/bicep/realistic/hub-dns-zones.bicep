targetScope = 'subscription'

import { lockType } from 'br/public:avm/utl/types/avm-common-types:0.6.0'
import * as shared from './shared.bicep'

@export()
@description('A virtual network to link the zones to.')
type vnetLinkType = {
  @description('Required. The resource ID of the virtual network.')
  virtualNetworkResourceId: string

  @description('Optional. Whether auto-registration is enabled.')
  registrationEnabled: bool?

  resolutionPolicy: ('Default' | 'NxDomainRedirect')?

  *: string
}

type mode =
  | 'all'
  | 'none'

@description('Name of the resource group that holds the zones.')
param resourceGroupName string

param zones string[] = [
  'privatelink.vaultcore.azure.net'
  'privatelink.azurecr.io'
  'privatelink${environment().suffixes.sqlServerHostname}'
]

param excludedZones string[]?
param vnetLinks vnetLinkType[] = []
param lock lockType?
param tags object = {}
param enableTelemetry bool = true

@sys.description('''
Zones that are always created.
They do not depend on the region.
''')
param alwaysOn array = []

func zoneLinkName(zone string, vnetId string) string => '${last(split(vnetId, '/'))}-${replace(zone, '.', '-')}'

var wanted = filter(zones, zone => !contains(excludedZones ?? [], zone))
var merged = union(wanted, alwaysOn)
var linkCount = length(vnetLinks)
var allTags = {
  ...tags
  'hidden-title': 'Private DNS'
  owner: tags.?owner ?? 'platform'
}
var flags = [true, false, null, -1, 2 * 3 + 4 % 3]
var firstLink = vnetLinks[?0].?virtualNetworkResourceId
var names = map(range(0, linkCount), (i) => {
  index: i
  name: vnetLinks[i]!.virtualNetworkResourceId
})
var isProd = length(merged) > 2 && !empty(resourceGroupName) || enableTelemetry
var safeName = toLower(resourceGroupName) =~ 'RG-HUB' ? 'hub' : 'spoke'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' existing = {
  name: resourceGroupName
}

@batchSize(5)
module zoneDeployments 'modules/zone.bicep' = [for (zone, i) in merged: if (!contains(excludedZones ?? [], zone)) {
  name: take('zone-${i}-${uniqueString(zone)}', 64)
  scope: rg
  params: {
    zoneName: zone
    links: [for link in vnetLinks: {
      name: zoneLinkName(zone, link.virtualNetworkResourceId)
      registrationEnabled: link.?registrationEnabled ?? false
    }]
    lock: lock
    tags: allTags
  }
}]

module telemetry 'modules/telemetry.bicep' = if (enableTelemetry) {
  name: 'telemetry-${uniqueString(deployment().name)}'
  params: { enabled: true, source: 'hub-dns' }
}

output zoneIds string[] = [for (zone, i) in merged: zoneDeployments[i].outputs.resourceId]
output firstZone string = zoneDeployments[0].?outputs.?resourceId ?? ''
output lockKind string = lock.?kind ?? 'None'
output shape object = {
  count: linkCount
  names: names
  prod: isProd
  mode: safeName
}
