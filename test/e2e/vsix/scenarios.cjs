'use strict';
// What a user should see with the packaged extension on the files in workspace/ (`node test/e2e/run.cjs vsix`).
module.exports = [
  {
    id: 'vsix-bicep',
    file: 'web/site-endpoint.bicep',
    problem: /pe-dns-zone-group/,
    hover: /DNS zone group: missing/,
    fix: /^Add private DNS zone privatelink\.azurewebsites\.net/,
    after: /resource \w+ 'Microsoft\.Network\/privateEndpoints\/privateDnsZoneGroups@/,
  },
  {
    id: 'vsix-arm',
    file: 'messaging/eventhub.json',
    problem: /pe-target-public-access/,
    hover: /pe-target-public-access/,
    fix: /^Set publicNetworkAccess to "Disabled"$/,
    after: /"publicNetworkAccess": "Disabled"/,
  },
];
