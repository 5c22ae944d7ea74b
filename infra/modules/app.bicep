param location string
param namePrefix string
param identityId string
param identityClientId string
@description('The Log Analytics workspace the environment\'s logs go to (through Azure Monitor diagnostic settings: no shared key).')
param workspaceId string

param appInsightsConnectionString string
param containerImage string
param botAppId string
param tenantId string
param keyVaultUri string
param blobEndpoint string
param tableEndpoint string
param speechEndpoint string
param openAiEndpoint string
param openAiDeployment string

@minValue(1)
param minReplicas int

@minValue(1)
param maxReplicas int

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${namePrefix}-env'
  location: location
  properties: {
    // Azure Monitor, not 'log-analytics': the latter needs the workspace's shared key in the deployment.
    appLogsConfiguration: {
      destination: 'azure-monitor'
    }
  }
}

// Where Azure Monitor sends the environment's console and system logs: the workspace, authorised by Azure RBAC.
resource environmentLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-workspace'
  scope: environment
  properties: {
    workspaceId: workspaceId
    logs: [
      { categoryGroup: 'allLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: '${namePrefix}-server'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      ingress: {
        external: true
        targetPort: 8080
        transport: 'http' // HTTP/1.1 keeps WebSocket upgrades (the media doors) working
        allowInsecure: false
        // A media connection stays on one replica (its audio is processed where it lands); the session itself is
        // owned by its grain and survives the replica.
        stickySessions: { affinity: 'sticky' }
        // Orleans silo-to-silo traffic between replicas, inside the environment only.
        additionalPortMappings: [
          { external: false, targetPort: 11111, exposedPort: 11111 }
        ]
      }
      secrets: [
        { name: 'bot-app-password', keyVaultUrl: '${keyVaultUri}secrets/bot-app-password', identity: identityId }
      ]
    }
    template: {
      containers: [
        {
          name: 'server'
          image: containerImage
          resources: { cpu: json('1.0'), memory: '2Gi' }
          env: [
            { name: 'InterviewBot__Bot__AppId', value: botAppId }
            { name: 'InterviewBot__Bot__TenantId', value: tenantId }
            { name: 'InterviewBot__Bot__AppPassword', secretRef: 'bot-app-password' }
            { name: 'InterviewBot__Coach__DataDirectory', value: '/tmp/interviewbot' }
            { name: 'InterviewBot__Storage__Kind', value: 'blob' }
            { name: 'InterviewBot__Storage__BlobEndpoint', value: blobEndpoint }
            { name: 'InterviewBot__Cluster__Mode', value: 'azure' }
            { name: 'InterviewBot__Cluster__TableEndpoint', value: tableEndpoint }
            { name: 'InterviewBot__Speech__Endpoint', value: speechEndpoint }
            { name: 'InterviewBot__PostCall__Llm__Endpoint', value: openAiEndpoint }
            { name: 'InterviewBot__PostCall__Llm__Model', value: openAiDeployment }
            { name: 'AZURE_CLIENT_ID', value: identityClientId }
            { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
          ]
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 30 }
            { type: 'Readiness', httpGet: { path: '/readyz', port: 8080 }, periodSeconds: 10 }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          { name: 'http', http: { metadata: { concurrentRequests: '200' } } }
        ]
      }
    }
  }
}

output fqdn string = app.properties.configuration.ingress.fqdn
