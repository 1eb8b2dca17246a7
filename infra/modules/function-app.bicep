// The isolated-worker .NET Functions app. Its app settings are exactly the entries of app-settings.json
// (the contract the code reads), plus the few platform settings a plan other than Flex requires.

param name string
param location string
param tags object

@allowed([
  'FC1'
  'EP1'
  'P1v3'
])
param hostingPlan string
param planId string

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Facts known only at deployment (endpoints, identity, operator parameters); entries with source = deployment name one in deploymentValue.')
param deploymentValues object

@description('Operator overrides of defaults, keyed by app setting name (e.g. Mailbox__PollSchedule).')
param settingOverrides object = {}

@description('Key Vault URI as the vault reports it (ends with /).')
param keyVaultUri string

@description('Flex Consumption only: blob container URL that receives the deployment package.')
param deploymentContainerUrl string = ''

@description('Flex Consumption only: maximum number of instances.')
@minValue(1)
param maximumInstanceCount int = 40

param dotnetVersion string = '10.0'

var settingsContract = loadJsonContent('../app-settings.json')

var contractSettings = [
  for setting in settingsContract.settings: {
    name: setting.name
    value: setting.secret
      ? '@Microsoft.KeyVault(SecretUri=${keyVaultUri}secrets/${setting.secretName}/)'
      : setting.source == 'deployment' ? deploymentValues[setting.deploymentValue] : settingOverrides[?setting.name] ?? setting.default
  }
]

// Read by the Functions platform, not by the app. Flex Consumption rejects them (its runtime and package
// come from functionAppConfig); Elastic Premium and Dedicated need them. No Azure Files content share:
// it would need a shared-key connection string, and Linux apps run from the zip package instead.
var platformSettings = {
  FUNCTIONS_EXTENSION_VERSION: '~4'
  FUNCTIONS_WORKER_RUNTIME: 'dotnet-isolated'
  WEBSITE_RUN_FROM_PACKAGE: '1'
}

var isFlex = hostingPlan == 'FC1'

var flexProperties = {
  functionAppConfig: {
    deployment: {
      storage: {
        type: 'blobContainer'
        value: deploymentContainerUrl
        authentication: {
          type: 'UserAssignedIdentity'
          userAssignedIdentityResourceId: identityId
        }
      }
    }
    scaleAndConcurrency: {
      maximumInstanceCount: maximumInstanceCount
      instanceMemoryMB: 2048
    }
    runtime: {
      name: 'dotnet-isolated'
      version: dotnetVersion
    }
  }
  siteConfig: {
    minTlsVersion: '1.2'
    ftpsState: 'Disabled'
    http20Enabled: true
    appSettings: contractSettings
  }
}

var dedicatedProperties = {
  siteConfig: {
    linuxFxVersion: 'DOTNET-ISOLATED|${dotnetVersion}'
    alwaysOn: hostingPlan == 'P1v3'
    minTlsVersion: '1.2'
    ftpsState: 'Disabled'
    http20Enabled: true
    appSettings: concat(contractSettings, map(items(platformSettings), entry => {
      name: entry.key
      value: entry.value
    }))
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  // azd finds the deployment target of service "functions" by this tag.
  tags: union(tags, { 'azd-service-name': 'functions' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: union(
    {
      serverFarmId: planId
      httpsOnly: true
      reserved: true
      keyVaultReferenceIdentity: identityId
    },
    isFlex ? flexProperties : dedicatedProperties
  )
}

// Deployments authenticate with Entra ID (azd uses a bearer token): no publishing passwords.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
