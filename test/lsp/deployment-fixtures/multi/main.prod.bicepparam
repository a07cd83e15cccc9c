using './main.bicep'

param publicNetworkAccess = 'Enabled'
