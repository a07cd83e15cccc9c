using none

extends './base.bicepparam'

param override = 1
