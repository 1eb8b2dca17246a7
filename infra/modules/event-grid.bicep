// The storage account's Event Grid system topic. The subscription itself needs the function's blobs_extension key,
// which exists only after the code is deployed, so the postdeploy hook creates it on this topic. The topic has a
// system-assigned identity only so that the subscription can dead-letter undeliverable events into one container
// (role-assignments.bicep grants it write access to that container and nothing else).

param name string
param location string
param tags object
param storageAccountName string

resource storageAccount 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2022-06-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storageAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
output principalId string = topic.identity.principalId
