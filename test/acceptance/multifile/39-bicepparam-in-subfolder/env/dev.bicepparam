using '../main.bicep'

param storageName = 'stdev39'
// Developers need the portal's storage browser from home.
param storagePublicAccess = 'Enabled'
