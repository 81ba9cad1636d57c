import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnvironment, parseEnvFile, readConfig } from '../../src/config';

const cwd = '/srv/bot';
const BOT_ID = '0f0e0d0c-0b0a-0908-0706-050403020100';

describe('configuration', () => {
  it('defaults to local anonymous mode on loopback with SQLite under ./data', () => {
    const config = readConfig({}, cwd);
    expect(config.botId).toBeUndefined();
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(3978);
    expect(config.storage).toEqual({ kind: 'sqlite', sqlitePath: '/srv/bot/data/vlsa.sqlite' });
    expect(config.entraLoginUrl).toBe('https://login.microsoftonline.com');
    expect(config.graphUrl).toBe('https://graph.microsoft.com');
    expect(config.graph.auth).toBe('none');
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: must be a whole number/],
    [{ PORT: '70000' }, /^PORT: must be between/],
    [{ BOT_ID: 'not-a-guid', BOT_PASSWORD: 'x' }, /^BOT_ID: must be a GUID/],
    [{ NODE_ENV: 'production' }, /^BOT_ID: is required when NODE_ENV=production/],
    [{ BOT_ID }, /^BOT_PASSWORD: is required/],
    [{ ENTRA_LOGIN_URL: 'ftp://x' }, /^ENTRA_LOGIN_URL: must be an http\(s\) URL/],
    [{ GRAPH_URL: 'nonsense' }, /^GRAPH_URL: must be an absolute/],
    [{ HOST: '0.0.0.0' }, /^HOST: must be a loopback address without BOT_ID/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: must be one of/],
    [{ ALLOWED_TENANTS: 'contoso' }, /^ALLOWED_TENANTS: "contoso" is not a tenant GUID/],
    [{ BOT_TYPE: 'SingleTenant' }, /^BOT_TYPE: SingleTenant needs BOT_ID/],
    [{ PUBLIC_URL: 'https://user:secret@example.com' }, /^PUBLIC_URL: must be a plain base URL without credentials, query or fragment/],
    [{ PUBLIC_URL: 'https://example.com/base?x=1#frag' }, /^PUBLIC_URL: must be a plain base URL/],
    [{ BOT_OPENID_METADATA_URL: 'http://keys.example/openid' }, /^BOT_OPENID_METADATA_URL: must be an https URL/],
    [{ HELPDESK_CHANNELS: 'takeover' }, /^HELPDESK_CHANNELS: each entry must be tenantId:category=channelId/],
    [{ HELPDESK_CHANNELS: 'takeover=19:abc@thread.tacv2' }, /^HELPDESK_CHANNELS: each entry must be tenantId:category=channelId/],
    [{ STORAGE_KIND: 'azure' }, /^STORAGE_KIND: is azure, which needs AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL/],
    [{ STORAGE_KIND: 'cosmos' }, /^STORAGE_KIND: must be one of sqlite, azure/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'acct.blob.core.windows.net' }, /^AZURE_STORAGE_ACCOUNT_URL: must be an absolute http\(s\) URL/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', AZURE_STORAGE_CONTAINER: 'Bot_State' }, /^AZURE_STORAGE_CONTAINER: must be 3-63 lowercase/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', AZURE_STORAGE_CONTAINER: 'bot--state' }, /^AZURE_STORAGE_CONTAINER: must be/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', AZURE_STORAGE_TABLE_PREFIX: 'vlsa-prod' }, /^AZURE_STORAGE_TABLE_PREFIX: must be 1-32 letters and digits/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net', AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: 'mi' }, /^AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: must be a GUID/],
    [{ AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_ACCOUNT_URL: 'https://a.blob.core.windows.net' }, /^AZURE_STORAGE_ACCOUNT_URL: cannot be used together/],
    [{ AZURE_AUTHORITY_HOST: 'http://login.example' }, /^AZURE_AUTHORITY_HOST: must be an https URL \(MSAL refuses other authorities\)/],
    [{ AZURE_AUTHORITY_HOST: 'login.example' }, /^AZURE_AUTHORITY_HOST: must be an absolute http\(s\) URL/],
    [{ GRAPH_URL: 'http://graph.example' }, /^GRAPH_URL: must be an https URL \(a Graph token is sent to it\)/],
    [{ AZURE_STORAGE_ACCOUNT_URL: 'http://a.blob.core.windows.net' }, /^AZURE_STORAGE_ACCOUNT_URL: must be an https URL \(an Entra credential is sent to it\)/],
    [{ BOT_ENDPOINT: 'tunnel.example' }, /^BOT_ENDPOINT: must be an absolute http\(s\) URL/],
    [{ PUBLIC_URL: 'ftp://bot.example' }, /^PUBLIC_URL: must be an http\(s\) URL/],
    [{ NODE_ENV: 'prod' }, /^NODE_ENV: must be one of development, production, test, got "prod"/],
    [{ GRAPH_MANAGED_IDENTITY_CLIENT_ID: 'my-identity' }, /^GRAPH_MANAGED_IDENTITY_CLIENT_ID: must be a GUID/],
    [{ HELPDESK_ADMINS: `${BOT_ID},adele` }, /^HELPDESK_ADMINS: "adele" is not an object id \(a GUID\)/],
    [{ HELPDESK_CHANNELS: '11111111-2222-3333-4444-555555555555:takover=19:x@thread.tacv2' }, /^HELPDESK_CHANNELS: "takover" is not a category \(takeover, personal-account, mfa, other\)/],
    [{ LOOKUP_TENANT_LIMIT_PER_HOUR: '0' }, /^LOOKUP_TENANT_LIMIT_PER_HOUR: must be between 1 and/],
    [{ CASE_LOOKUP_LIMIT_PER_MINUTE: 'many' }, /^CASE_LOOKUP_LIMIT_PER_MINUTE: must be a whole number/],
    [{ TEAMS_APP_ID: 'com.contoso.vlsa' }, /^TEAMS_APP_ID: must be a GUID/],
  ])('rejects %o naming the setting', (env, message) => {
    expect(() => readConfig(env, cwd)).toThrow(message);
  });

  it('never puts a secret in an error message', () => {
    try {
      readConfig({ BOT_ID, BOT_PASSWORD: 'super-secret-value', GRAPH_AUTH: 'secret', GRAPH_TENANT_ID: 'bad' }, cwd);
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('super-secret-value');
    }
  });

  it('listens on all interfaces with BOT_ID and uses the bot app for Graph by default', () => {
    const config = readConfig({ BOT_ID, BOT_PASSWORD: 'pw', BOT_TENANT_ID: BOT_ID, BOT_TYPE: 'singletenant' }, cwd);
    expect(config.host).toBe('0.0.0.0');
    expect(config.botType).toBe('SingleTenant');
    expect(config.graph).toMatchObject({ auth: 'secret', clientId: BOT_ID, tenantId: BOT_ID });
  });

  it('reads env files only by name: TEAMSFX_ENV is not a path', () => {
    expect(() => loadEnvironment('/srv/bot', { TEAMSFX_ENV: '../../etc/passwd' })).toThrow(/^TEAMSFX_ENV: must be a name of letters, digits, "-" and "_"/);
  });

  it('defaults the lookup budgets: 30 lookups a person and 300 a tenant per hour, 60 case lookups a person per minute', () => {
    const config = readConfig({}, cwd);
    expect(config.lookup).toMatchObject({ userLimitPerHour: 30, tenantLimitPerHour: 300 });
    expect(config.caseLookupLimitPerMinute).toBe(60);
    expect(readConfig({ LOOKUP_TENANT_LIMIT_PER_HOUR: '50', CASE_LOOKUP_LIMIT_PER_MINUTE: '10' }, cwd)).toMatchObject({ lookup: { tenantLimitPerHour: 50 }, caseLookupLimitPerMinute: 10 });
  });

  it('checks each watched address again every 24 hours by default, looking for due ones every minute; 1 to 720 hours', () => {
    expect(readConfig({}, cwd)).toMatchObject({ watchIntervalHours: 24, watchRoundSeconds: 60 });
    expect(readConfig({ WATCH_INTERVAL_HOURS: '720', WATCH_ROUND_SECONDS: '1' }, cwd)).toMatchObject({ watchIntervalHours: 720, watchRoundSeconds: 1 });
    expect(() => readConfig({ WATCH_INTERVAL_HOURS: '0' }, cwd)).toThrow(/WATCH_INTERVAL_HOURS: must be between 1 and 720/);
    expect(() => readConfig({ WATCH_INTERVAL_HOURS: '1.5' }, cwd)).toThrow(/WATCH_INTERVAL_HOURS: must be a whole number/);
  });

  it('installs the bot for campaign recipients only with a TEAMS_APP_ID (the catalog id), unset by default', () => {
    expect(readConfig({}, cwd).teamsAppId).toBeUndefined();
    expect(readConfig({ TEAMS_APP_ID: '2b7e4c1a-9d3f-4e6a-8b05-1c2d3e4f5a61' }, cwd).teamsAppId).toBe('2b7e4c1a-9d3f-4e6a-8b05-1c2d3e4f5a61');
  });

  it('reads Teams Toolkit env files, the process environment winning, empty values unset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vlsa-env-'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'env', '.env.dev'), '# comment\nPORT=4000\nBOT_ID=\nLOG_LEVEL="debug"\n');
    writeFileSync(join(dir, 'env', '.env.dev.user'), 'SECRET_BOT_PASSWORD=from-user-file\n');
    const env = loadEnvironment(dir, { TEAMSFX_ENV: 'dev', PORT: '5000' });
    expect(env.PORT).toBe('5000');
    expect(env.LOG_LEVEL).toBe('debug');
    expect(env.SECRET_BOT_PASSWORD).toBe('from-user-file');
    expect('BOT_ID' in env).toBe(false);
  });

  it('uses Azure storage when a connection string is set, with default container and table prefix', () => {
    const connectionString = 'DefaultEndpointsProtocol=https;AccountName=vlsa;AccountKey=a2V5;EndpointSuffix=core.windows.net';
    const config = readConfig({ AZURE_STORAGE_CONNECTION_STRING: connectionString }, cwd);
    expect(config.storage.kind).toBe('azure');
    expect(config.storage.azure).toEqual({ connectionString, container: 'vlsa-state', tablePrefix: 'vlsa' });
  });

  it('uses Azure storage with an account URL and a managed identity, unless STORAGE_KIND says sqlite', () => {
    const env = {
      AZURE_STORAGE_ACCOUNT_URL: 'https://vlsa.blob.core.windows.net/',
      AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID: BOT_ID,
      AZURE_STORAGE_CONTAINER: 'state-2',
      AZURE_STORAGE_TABLE_PREFIX: 'vlsaProd',
    };
    expect(readConfig(env, cwd).storage).toEqual({
      kind: 'azure',
      sqlitePath: '/srv/bot/data/vlsa.sqlite',
      azure: { accountUrl: 'https://vlsa.blob.core.windows.net', managedIdentityClientId: BOT_ID, container: 'state-2', tablePrefix: 'vlsaProd' },
    });
    expect(readConfig({ ...env, STORAGE_KIND: 'sqlite' }, cwd).storage).toEqual({ kind: 'sqlite', sqlitePath: '/srv/bot/data/vlsa.sqlite' });
  });

  it('never puts the storage connection string in an error message', () => {
    for (const env of [
      { AZURE_STORAGE_CONNECTION_STRING: 'not a connection string but AccountKey-secret-value' },
      { AZURE_STORAGE_CONNECTION_STRING: 'AccountName=x;AccountKey=secret-value', AZURE_STORAGE_CONTAINER: 'X' },
    ]) {
      expect(() => readConfig(env, cwd)).toThrow(/^AZURE_STORAGE_(CONNECTION_STRING|CONTAINER): /);
      expect(() => readConfig(env, cwd)).not.toThrow(/secret-value/);
    }
  });

  it('builds export links on PUBLIC_URL, else BOT_ENDPOINT, else the App Service host, else localhost', () => {
    expect(readConfig({ PUBLIC_URL: 'https://bot.example/', BOT_ENDPOINT: 'https://tunnel.example' }, cwd).publicUrl).toBe('https://bot.example');
    expect(readConfig({ BOT_ENDPOINT: 'https://tunnel.example' }, cwd).publicUrl).toBe('https://tunnel.example');
    expect(readConfig({ WEBSITE_HOSTNAME: 'vlsa.azurewebsites.net' }, cwd).publicUrl).toBe('https://vlsa.azurewebsites.net');
    expect(readConfig({ PORT: '4000' }, cwd).publicUrl).toBe('http://localhost:4000');
  });

  it('requires an https PUBLIC_URL in production, where the links carry their token', () => {
    const production = { NODE_ENV: 'production', BOT_ID, BOT_PASSWORD: 'pw' };
    expect(() => readConfig({ ...production, PUBLIC_URL: 'http://bot.example' }, cwd)).toThrow(/^PUBLIC_URL: must be an https URL when NODE_ENV=production .*got "http:\/\/bot.example"/);
    expect(() => readConfig(production, cwd)).toThrow(/^PUBLIC_URL: must be an https URL when NODE_ENV=production .*got "http:\/\/localhost:3978"/);
    expect(readConfig({ ...production, WEBSITE_HOSTNAME: 'vlsa.azurewebsites.net' }, cwd).publicUrl).toBe('https://vlsa.azurewebsites.net');
  });

  it('takes an AUDIT_HASH_KEY of at least 32 characters, never showing it', () => {
    expect(readConfig({}, cwd).auditHashKey).toBeUndefined();
    expect(readConfig({ AUDIT_HASH_KEY: 'x'.repeat(32) }, cwd).auditHashKey).toBe('x'.repeat(32));
    expect(() => readConfig({ AUDIT_HASH_KEY: 'short-secret' }, cwd)).toThrow(/^AUDIT_HASH_KEY: must be at least 32 characters .*got 12; the value is not shown/);
    expect(() => readConfig({ AUDIT_HASH_KEY: 'short-secret' }, cwd)).not.toThrow(/short-secret/);
  });

  it('allows the bot’s own tenant by default, any tenant with * or without BOT_TENANT_ID, or the tenants listed', () => {
    const TENANT = 'AAAAAAAA-0000-4000-8000-000000000001';
    expect(readConfig({}, cwd).allowedTenants).toBe('any');
    expect(readConfig({ BOT_TENANT_ID: TENANT }, cwd).allowedTenants).toEqual([TENANT.toLowerCase()]);
    expect(readConfig({ BOT_TENANT_ID: TENANT, ALLOWED_TENANTS: '*' }, cwd).allowedTenants).toBe('any');
    expect(readConfig({ BOT_TENANT_ID: TENANT, ALLOWED_TENANTS: ` ${BOT_ID} , ${TENANT}` }, cwd).allowedTenants).toEqual([BOT_ID, TENANT.toLowerCase()]);
    expect(() => readConfig({ ALLOWED_TENANTS: `*,${TENANT}` }, cwd)).toThrow(/^ALLOWED_TENANTS: is either \* \(any tenant\) or a list of tenant GUIDs, not both/);
  });

  it('parses quoted values and ignores malformed lines', () => {
    expect(parseEnvFile("A='x y'\nnot a pair\n=novalue\nB=1=2")).toEqual({ A: 'x y', B: '1=2' });
  });
});
