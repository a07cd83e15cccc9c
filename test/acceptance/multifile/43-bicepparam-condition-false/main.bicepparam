using 'main.bicep'

param deployLegacy = false
