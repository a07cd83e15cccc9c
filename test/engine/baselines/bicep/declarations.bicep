targetScope = 'resourceGroup'

metadata owner = 'platform'

extension microsoftGraphV1
extension 'br:mcr.microsoft.com/bicep/extensions/kubernetes:1.0.0' with { namespace: 'default' } as k8s
provider 'az@1.0.0'
import 'az@1.0.0' as azure
import { a, b as c } from './types.bicep'
import {
  d
  e as f
} from 'br/public:avm/utl/types/avm-common-types:0.6.0'
import * as types from './types.bicep'

@secure()
param secret string
param withDefault int = 3
param nullable string?
param resourceTyped resource 'Microsoft.Storage/storageAccounts@2023-01-01'
param inputTyped resourceInput<'Microsoft.Network/privateEndpoints@2023-04-01'>.properties.subnet = {}
param union 'Enabled' | 'Disabled' = 'Disabled'
@sys.minValue(1)
@maxValue(10)
param count int = 1

var typed string = 'x'

@export()
type tuple = [
  @description('first')
  string
  int
]
type arrays = string[][]
type indexed = tuple[0]
type anyItem = arrays[*]
type nestedObject = {
  inner: {
    deep: bool
  }?
  'quoted-key': -1 | 0 | 1
}

@description('Builds a name.')
func buildName(prefix string, index int) string => '${prefix}-${index}'

@description('The endpoint.')
resource pe 'Microsoft.Network/privateEndpoints@2023-04-01' = {
  name: buildName('pe', 0)
  @description('decorated property')
  location: resourceGroup().location

  resource group 'privateDnsZoneGroups' = {
    name: 'default'
  }

  @description('decorated nested resource')
  resource other 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2023-04-01' existing = {
    name: 'other'
  }
}

resource existingVnet 'Microsoft.Network/virtualNetworks@2023-04-01' existing = {
  name: 'vnet'
}

resource conditional 'Microsoft.Network/privateDnsZones@2020-06-01' = if (count > 0) {
  name: 'privatelink.blob.core.windows.net'
}

@batchSize(2)
resource looped 'Microsoft.Network/privateDnsZones@2020-06-01' = [for i in range(0, count): {
  name: 'zone${i}'
}]

module mod './module.bicep' = {
  name: 'mod'
  params: {}
}

module registryModule 'br/public:avm/res/network/private-endpoint:0.7.0' = if (count > 1) {
  name: 'registry'
}

output peId string = pe.id
output peResource resource 'Microsoft.Network/privateEndpoints@2023-04-01' = pe
output items string[] = [for i in range(0, 2): '${i}']

assert positive = count > 0
