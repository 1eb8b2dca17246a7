// Pilot1X on Azure: one resource group with the Functions app, its storage, Key Vault and monitoring.
// Deployed with azd (`azd up`) to global Azure or Azure China; see infra/README.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Azure region, e.g. eastasia (global) or chinaeast2 / chinanorth3 (Azure China).')
param location string

@allowed([
  ''
  'FC1'
  'EP1'
  'P1v3'
])
@description('Hosting plan. Empty = FC1 (Flex Consumption) in global Azure, EP1 in Azure China where Flex and Linux Consumption are not offered.')
param hostingPlan string = ''

@description('Object ID of the deploying user or service principal (azd sets AZURE_PRINCIPAL_ID); gets Key Vault Secrets Officer and Blob Data Contributor.')
param principalId string = ''

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@minLength(3)
@description('The office mailbox address (职成教处收件邮箱); azd env PILOT1X_OFFICE_ADDRESS.')
param officeAddress string

@description('IMAP login of the office mailbox; empty = officeAddress.')
param mailboxUser string = ''

@description('SMTP login; empty = mailboxUser.')
param smtpUser string = ''

@description('Sender address of receipts and reminders; empty = officeAddress.')
param smtpFrom string = ''

@secure()
@description('Mailbox authorization code (授权码). Empty leaves the Key Vault secret untouched.')
param mailboxAuthorizationCode string = ''

@secure()
@description('SMTP password (for NetEase also an authorization code). Empty leaves the Key Vault secret untouched.')
param smtpPassword string = ''

@description('Overrides of app setting defaults keyed by setting name, e.g. {"Mailbox__PollSchedule": "0 */10 * * * *"}.')
param settingOverrides object = {}

@description('Tables the app uses (created here; the app also creates missing ones).')
param tableNames array = [
  'Pilot1XStatus'
  'Pilot1XSubmissions'
  'Pilot1XDocuments'
  'Pilot1XHeld'
  'Pilot1XSections'
  'Pilot1XFindings'
  'Pilot1XProcessedKeys'
  'Pilot1XPoison'
  'Pilot1XMailboxCheckpoints'
  'Pilot1XOutbox'
]

// environment() tells the cloud: Azure China has neither Flex nor Linux Consumption.
var defaultPlan = environment().name == 'AzureChinaCloud' ? 'EP1' : 'FC1'
var effectivePlan = hostingPlan == 'EP1' ? 'EP1' : hostingPlan == 'P1v3' ? 'P1v3' : hostingPlan == 'FC1' ? 'FC1' : defaultPlan
var isFlex = effectivePlan == 'FC1'
var effectiveMailboxUser = empty(mailboxUser) ? officeAddress : mailboxUser
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
  system: 'pilot1x'
}
var deploymentContainerName = isFlex ? 'deployments' : ''
var storageAccountName = 'stpilot1x${resourceToken}'

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-pilot1x-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: storageAccountName
    location: location
    tags: tags
    tableNames: tableNames
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    logAnalyticsName: 'log-pilot1x-${resourceToken}'
    applicationInsightsName: 'appi-pilot1x-${resourceToken}'
    location: location
    tags: tags
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'keyVault'
  scope: group
  params: {
    name: 'kv-pilot1x-${take(resourceToken, 10)}'
    location: location
    tags: tags
    // Keyed by Key Vault secret name (secretName in app-settings.json).
    secretValues: {
      'mailbox-authorization-code': mailboxAuthorizationCode
      'smtp-password': smtpPassword
    }
  }
}

module eventGrid 'modules/event-grid.bicep' = {
  name: 'eventGrid'
  scope: group
  params: {
    name: 'evgt-${storageAccountName}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'roleAssignments'
  scope: group
  params: {
    appPrincipalId: identity.outputs.principalId
    operatorPrincipalId: principalId
    operatorPrincipalType: principalType
    storageAccountName: storage.outputs.name
    deadLetterWriterPrincipalId: eventGrid.outputs.principalId
    deadLetterContainerName: storage.outputs.deadLetterContainer
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module plan 'modules/hosting-plan.bicep' = {
  name: 'plan'
  scope: group
  params: {
    name: 'plan-pilot1x-${resourceToken}'
    location: location
    tags: tags
    sku: effectivePlan
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'functionApp'
  scope: group
  // The identity must hold its roles before the host starts, or the first start fails on storage.
  dependsOn: [
    roleAssignments
  ]
  params: {
    name: 'func-pilot1x-${resourceToken}'
    location: location
    tags: tags
    hostingPlan: effectivePlan
    planId: plan.outputs.id
    identityId: identity.outputs.id
    keyVaultUri: keyVault.outputs.vaultUri
    deploymentContainerUrl: isFlex ? '${storage.outputs.blobEndpoint}${deploymentContainerName}' : ''
    settingOverrides: settingOverrides
    // Facts known only at deployment; app-settings.json maps setting names onto them (deploymentValue),
    // so renaming a setting never touches this file.
    deploymentValues: {
      storageBlobEndpoint: storage.outputs.blobEndpoint
      storageQueueEndpoint: storage.outputs.queueEndpoint
      storageTableEndpoint: storage.outputs.tableEndpoint
      identityClientId: identity.outputs.clientId
      officeAddress: officeAddress
      mailboxUser: effectiveMailboxUser
      smtpUser: empty(smtpUser) ? effectiveMailboxUser : smtpUser
      smtpFrom: empty(smtpFrom) ? officeAddress : smtpFrom
      applicationInsightsConnectionString: monitoring.outputs.connectionString
      applicationInsightsAuthentication: 'Authorization=AAD;ClientId=${identity.outputs.clientId}'
    }
  }
}

// azd stores these in the environment; the post-deploy hook reads them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_HOSTING_PLAN_EFFECTIVE string = effectivePlan
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_HOSTNAME string = functionApp.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_ID string = storage.outputs.id
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_UPLOADS_CONTAINER string = storage.outputs.uploadsContainer
output AZURE_UPLOADS_DEADLETTER_CONTAINER string = storage.outputs.deadLetterContainer
output AZURE_EVENT_GRID_SYSTEM_TOPIC string = eventGrid.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.vaultUri
