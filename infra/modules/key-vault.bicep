// Key Vault in RBAC mode for the two mail credentials. The app reads them through Key Vault references
// (resolved with the user-assigned identity); nobody needs access policies or the secret in app settings.

param name string
param location string
param tags object

@description('Secret values keyed by Key Vault secret name (secretName of the app-settings.json entries with secret = true). An empty value leaves the secret as it is in the vault, so a redeploy never overwrites a rotated code.')
@secure()
param secretValues object

var settingsContract = loadJsonContent('../app-settings.json')
var secretSettings = filter(settingsContract.settings, setting => setting.secret)

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // A deleted vault (and every deleted secret) can be recovered but never purged before the retention ends;
    // once on, purge protection cannot be switched off (see infra/README.md, 删除).
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource secrets 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = [
  for setting in secretSettings: if (!empty(secretValues[?setting.secretName] ?? '')) {
    parent: vault
    name: setting.secretName
    properties: {
      value: secretValues[setting.secretName]
      contentType: 'text/plain'
    }
  }
]

output id string = vault.id
output name string = vault.name
// The data-plane URI as the vault reports it: right in every cloud.
output vaultUri string = vault.properties.vaultUri
