// InterviewBot in one resource group: identity, monitoring, storage, Key Vault, Speech and OpenAI,
// the Container App running the server, and the Azure Bot with its Teams channel.
targetScope = 'resourceGroup'

@description('Where the resources go.')
param location string = resourceGroup().location

@minLength(3)
@maxLength(16)
@description('Short lowercase prefix for resource names.')
param namePrefix string

@description('Client id of the single-tenant Entra app registration the bot signs in as (its secret goes into Key Vault as bot-app-password).')
param botAppId string

@description('Tenant of that app registration.')
param tenantId string = subscription().tenantId

@description('The server image, e.g. myregistry.azurecr.io/interviewbot-server:1.0.0.')
param containerImage string

param openAiModel string = 'gpt-4o-mini'
param openAiModelVersion string = '2024-07-18'

@minValue(1)
param minReplicas int = 1

@minValue(1)
param maxReplicas int = 5

var suffix = uniqueString(resourceGroup().id)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { location: location, name: '${namePrefix}-id' }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { location: location, namePrefix: namePrefix }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: { location: location, name: take('${namePrefix}${suffix}', 24), principalId: identity.outputs.principalId }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: { location: location, name: take('${namePrefix}-kv-${suffix}', 24), principalId: identity.outputs.principalId }
}

module cognitive 'modules/cognitive.bicep' = {
  name: 'cognitive'
  params: {
    location: location
    namePrefix: '${namePrefix}${take(suffix, 6)}'
    principalId: identity.outputs.principalId
    openAiModel: openAiModel
    openAiModelVersion: openAiModelVersion
  }
}

module app 'modules/app.bicep' = {
  name: 'app'
  params: {
    location: location
    namePrefix: namePrefix
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    workspaceId: monitoring.outputs.workspaceId
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    containerImage: containerImage
    botAppId: botAppId
    tenantId: tenantId
    keyVaultUri: vault.outputs.uri
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    speechEndpoint: cognitive.outputs.speechEndpoint
    openAiEndpoint: cognitive.outputs.openAiEndpoint
    openAiDeployment: cognitive.outputs.openAiDeployment
    minReplicas: minReplicas
    maxReplicas: maxReplicas
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    namePrefix: namePrefix
    botAppId: botAppId
    tenantId: tenantId
    messagingEndpoint: 'https://${app.outputs.fqdn}/api/messages'
  }
}

@description('Give this to manifest/package.sh as --domain.')
output serverHost string = app.outputs.fqdn

@description('Give this to manifest/package.sh as --bot-app-id.')
output botAppId string = botAppId

output botName string = bot.outputs.name
output keyVaultUri string = vault.outputs.uri
