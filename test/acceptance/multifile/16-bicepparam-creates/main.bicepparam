using './main.bicep'

param storagePublicAccess = 'Enabled'
