using './main.bicep'

// Fill these in (no secrets here: the bot's client secret goes into the Key Vault the deployment creates).
param namePrefix = 'interviewbot'
param botAppId = '00000000-0000-0000-0000-000000000000'
param containerImage = 'myregistry.azurecr.io/interviewbot-server:1.0.0'
