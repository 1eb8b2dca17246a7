// The function app's single user-assigned identity. User-assigned (not system-assigned) so that role
// assignments exist before the app's first start and Key Vault references resolve on the first boot.

@description('Identity name.')
param name string

param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
