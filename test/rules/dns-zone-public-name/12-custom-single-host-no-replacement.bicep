// expect: dns-zone-public-name 0
// Custom domains, single-host overrides, public names without a private replacement and names with a placeholder.
resource custom 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'corp.contoso.com'
  location: 'global'
}

resource singleHost 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'stapp.blob.core.windows.net'
  location: 'global'
}

resource noReplacement 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'services.visualstudio.com'
  location: 'global'
}

resource noReplacementMl 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'instances.azureml.ms'
  location: 'global'
}

resource placeholder 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: 'weu.backup.windowsazure.com'
  location: 'global'
}
