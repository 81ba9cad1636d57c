// The Azure environment for `teamsapp provision --env dev`: a Linux App Service plan, the
// Web App running the bot on Node 20 LTS, and the Azure Bot registration with its Teams channel.
// Parameter values come from azure.parameters.json, whose ${{...}} placeholders Teams Toolkit
// fills from env/.env.dev and env/.env.dev.user.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('Client id of the bot\'s Entra app registration (BOT_ID)')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Entra app registration')
param botAadAppClientSecret string

@description('Tenant of the bot\'s Entra app registration')
param botTenantId string

@allowed([
  'SingleTenant'
  'MultiTenant'
])
param botType string = 'SingleTenant'

@description('App Service plan SKU; B1 or above keeps the bot always on')
param webAppSKU string = 'B1'

@maxLength(42)
param botDisplayName string

@secure()
@description('Optional Azure Storage connection string, passed to the bot as AZURE_STORAGE_CONNECTION_STRING for shared state when running more than one instance; set it in azure.parameters.json from SECRET_AZURE_STORAGE_CONNECTION_STRING in env/.env.dev.user')
param storageConnectionString string = ''

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param location string = resourceGroup().location

resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  kind: 'linux'
  location: location
  name: serverfarmsName
  sku: {
    name: webAppSKU
  }
  properties: {
    // Linux plans must be "reserved".
    reserved: true
  }
}

var botAppSettings = [
  {
    name: 'BOT_ID'
    value: botAadAppClientId
  }
  {
    name: 'BOT_PASSWORD'
    value: botAadAppClientSecret
  }
  {
    name: 'BOT_TENANT_ID'
    value: botTenantId
  }
  {
    name: 'BOT_TYPE'
    value: botType
  }
  {
    name: 'NODE_ENV'
    value: 'production'
  }
  // /home is App Service's persistent storage: it survives restarts and redeploys, unlike
  // the container's own disk. The database stays outside wwwroot, which each deploy replaces.
  {
    name: 'SQLITE_PATH'
    value: '/home/data/vlsa.sqlite'
  }
  // node_modules is not deployed: App Service installs production dependencies on Linux, so
  // better-sqlite3's native module matches the runtime. The deploy ships dist/, compiled once
  // by `npm run build` (teamsapp.yml), so nothing is compiled there.
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'true'
  }
  // Everything first, then the development packages removed: botbuilder-dialogs' install script
  // needs rimraf, a development package, so `npm ci --omit=dev` alone fails.
  {
    name: 'CUSTOM_BUILD_COMMAND'
    value: 'npm ci && npm prune --omit=dev'
  }
  // WEBSITE_RUN_FROM_PACKAGE is deliberately not set: it mounts the app read-only and skips
  // the build above, while SQLite needs a writable disk and a natively built driver.
]

var storageAppSettings = empty(storageConnectionString) ? [] : [
  {
    name: 'AZURE_STORAGE_CONNECTION_STRING'
    value: storageConnectionString
  }
]

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  kind: 'app,linux'
  location: location
  name: webAppName
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // scripts/start.js sees BOT_ID and runs the compiled bot (dist/) alone.
      appCommandLine: 'npm start'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      appSettings: concat(botAppSettings, storageAppSettings)
    }
  }
}

module azureBotRegistration './botRegistration/azurebot.bicep' = {
  name: 'Azure-Bot-registration'
  params: {
    resourceBaseName: resourceBaseName
    botAadAppClientId: botAadAppClientId
    botAppDomain: webApp.properties.defaultHostName
    botDisplayName: botDisplayName
    botType: botType
    botTenantId: botTenantId
  }
}

// Teams Toolkit writes these outputs to env/.env.dev.
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
