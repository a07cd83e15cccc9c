using 'main.bicep'

// The parameter file sets an unrelated value; hasVnet keeps its default.
param subnetId = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-hub/subnets/snet-pe'
