// The hosting plan is a parameter because Azure China offers neither Flex Consumption nor Linux
// Consumption: FC1 in global Azure, Elastic Premium EP1 or Dedicated P1v3 where Flex is missing.

param name string
param location string
param tags object

@allowed([
  'FC1'
  'EP1'
  'P1v3'
])
param sku string

@description('Upper bound of Elastic Premium scale-out (ignored by the other plans).')
@minValue(1)
param maximumElasticWorkerCount int = 10

var skus = {
  FC1: {
    kind: 'functionapp'
    sku: {
      name: 'FC1'
      tier: 'FlexConsumption'
    }
  }
  EP1: {
    kind: 'elastic'
    sku: {
      name: 'EP1'
      tier: 'ElasticPremium'
    }
  }
  P1v3: {
    kind: 'linux'
    sku: {
      name: 'P1v3'
      tier: 'PremiumV3'
    }
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: skus[sku].kind
  sku: skus[sku].sku
  properties: {
    reserved: true
    maximumElasticWorkerCount: sku == 'EP1' ? maximumElasticWorkerCount : null
  }
}

output id string = plan.id
