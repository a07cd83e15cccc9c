using './main.bicep'

import { settings } from './settings.bicep'

var env = readEnvironmentVariable('ENV', 'dev')

param location = 'westeurope'
param names = ['a', 'b']
param config = {
  env: env
  nested: settings.?value ?? 'none'
}
