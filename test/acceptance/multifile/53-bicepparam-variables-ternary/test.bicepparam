using 'main.bicep'

var env = 'test'

param environment = env
param storagePublicAccess = env == 'prod' ? 'Disabled' : 'Enabled'
