using './main.bicep'

param storagePublicAccess = 'Disabled'
