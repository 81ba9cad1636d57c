import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CASE_CATEGORIES } from './domain/cases/case';
import { LANGUAGE_TAGS, matchLanguage } from './domain/language/tags';
import type { ConfiguredChannel } from './domain/stores/helpdeskChannels';

/**
 * Configuration is read once, at start-up, from the process environment and the
 * `env/` files Teams Toolkit writes. Every setting is validated here so that a bad
 * value stops the process with one line naming it, instead of failing mid-turn.
 */
export type StorageKind = 'sqlite' | 'azure';

export interface Config {
  nodeEnv: string;
  port: number;
  /** Interface the HTTP server binds: loopback only in local anonymous mode. */
  host: string;
  /** The bot's Entra app id; undefined means local anonymous mode (no JWT validation). */
  botId?: string;
  botPassword?: string;
  botTenantId?: string;
  botType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Where the bot reads the Bot Connector's signing keys to validate inbound tokens (tests point it at a fake). */
  botOpenIdMetadataUrl: string;
  storage: {
    kind: StorageKind;
    sqlitePath: string;
    /** Shared state for several instances; present when kind is 'azure'. */
    azure?: AzureStorageConfig;
  };
  logLevel: string;
  maxBodyBytes: number;
  entraLoginUrl: string;
  graphUrl: string;
  azureAuthorityHost: string;
  graph: {
    /** How the bot authenticates to Microsoft Graph; 'none' disables Graph features. */
    auth: 'none' | 'secret' | 'certificate' | 'managed-identity';
    clientId?: string;
    clientSecret?: string;
    certificatePath?: string;
    tenantId?: string;
    managedIdentityClientId?: string;
  };
  lookup: {
    timeoutMs: number;
    retries: number;
    cacheTtlSeconds: number;
    perHostConcurrency: number;
    /** Lookups one person may start from chat per hour (GetCredentialType reveals whether accounts exist). */
    userLimitPerHour: number;
    /** Lookups all the people of one tenant may start from chat per hour, together. */
    tenantLimitPerHour: number;
  };
  adminCacheTtlSeconds: number;
  /**
   * The app's id in the tenant's Teams app catalog: with Graph configured (and the tenant's grant
   * of TeamsAppInstallation.ReadWriteSelfForUser.All), the bot installs itself for campaign
   * recipients it has no chat with. Unset: it does not.
   */
  teamsAppId?: string;
  /** Tenants whose activities are served (lower-case ids), or 'any'. */
  allowedTenants: 'any' | string[];
  /** AAD object ids of people allowed to administer help-desk settings besides team owners. */
  helpdeskAdmins: string[];
  /** Tenant and category → help-desk channel id, from configuration (commands in a channel can add more). */
  helpdeskChannels: ConfiguredChannel[];
  /** The language of case cards in a channel routed by configuration (a channel routed by command speaks its router's). */
  helpdeskLocale: string;
  unassignedReminderMinutes: number;
  /** Case lookups (by id, listings) one person may make per minute, for the case layer. */
  caseLookupLimitPerMinute: number;
  /** How often the case loop retries failed posts and sends reminders. */
  caseLoopSeconds: number;
  /** How often each watched address is checked again ("Tell me when it's fixed"), spread over the interval. */
  watchIntervalHours: number;
  /** How often the watch loop looks for watched addresses due a check. */
  watchRoundSeconds: number;
  /**
   * Hosts a campaign's CSV file may be downloaded from (Teams' file-download link): exact
   * names or `*.` + a domain (any name under it), lower-case. Fetched over https only.
   */
  fileDownloadHosts: string[];
  /** The bot's public base URL (links to CSV exports). */
  publicUrl: string;
  /** Secret: the key audit records hash addresses with; when unset, one is generated and kept in storage. */
  auditHashKey?: string;
}

export interface AzureStorageConfig {
  /** Secret: never log it or put it in an error message. */
  connectionString?: string;
  /** The blob service URL, used with an Entra credential when there is no connection string. */
  accountUrl?: string;
  container: string;
  /** Prefix of the table names the Tables part uses. */
  tablePrefix: string;
  /** A user-assigned managed identity to use with accountUrl; otherwise DefaultAzureCredential. */
  managedIdentityClientId?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
  ) {
    super(`${setting}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Parses `KEY=value` lines as Teams Toolkit writes them (no interpolation, optional quotes). */
export function parseEnvFile(text: string): Env {
  const out: Env = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim();
    let value = line.slice(eq + 1).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) {
      value = value.slice(1, -1);
    }
    out[key] = value;
  }
  return out;
}

/**
 * The environment the bot sees: `env/.env.<TEAMSFX_ENV>` (default `local`), its `.user`
 * file (secrets), and `.localConfigs` (written by teamsapp.local.yml), overridden by the
 * real process environment. Empty values count as unset.
 */
export function loadEnvironment(cwd: string, processEnv: Env = process.env): Env {
  const envName = processEnv.TEAMSFX_ENV || 'local';
  // It names a file under env/: a name, never a path.
  if (!/^[A-Za-z0-9_-]+$/.test(envName)) throw new ConfigError('TEAMSFX_ENV', `must be a name of letters, digits, "-" and "_", got "${envName}"`);
  const files = [join('env', `.env.${envName}`), join('env', `.env.${envName}.user`), '.localConfigs'];
  const merged: Env = {};
  for (const file of files) {
    const path = join(cwd, file);
    if (existsSync(path)) Object.assign(merged, parseEnvFile(readFileSync(path, 'utf8')));
  }
  for (const [key, value] of Object.entries(processEnv)) {
    if (value !== undefined) merged[key] = value;
  }
  for (const key of Object.keys(merged)) {
    if (merged[key] === '') delete merged[key];
  }
  return merged;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name] ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `must be an http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** An absolute https URL: where a token travels, or where the SDK refuses anything else (`why`). */
function httpsUrl(env: Env, name: string, fallback: string, why: string): string {
  const url = httpUrl(env, name, fallback);
  if (new URL(url).protocol !== 'https:') throw new ConfigError(name, `must be an https URL (${why}), got "${url}"`);
  return url;
}

/** https, or http to this machine only (test fakes): for URLs whose answers the bot trusts, such as signing keys. */
function httpsOrLoopbackUrl(env: Env, name: string, fallback: string, why: string): string {
  const url = httpUrl(env, name, fallback);
  const { protocol, hostname } = new URL(url);
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  if (protocol !== 'https:' && !loopback) throw new ConfigError(name, `must be an https URL (${why}), got "${url}"`);
  return url;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined) return fallback;
  const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!match) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return match;
}

function guid(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw !== undefined && !GUID.test(raw)) throw new ConfigError(name, `must be a GUID, got "${raw}"`);
  return raw;
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A host name, or `*.` and a domain: `*.sharepoint.com` matches `contoso.sharepoint.com`, never `sharepoint.com.evil.example`. */
const HOST_PATTERN = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

function hostPatterns(env: Env, name: string, fallback: string): string[] {
  const entries = env[name] === undefined ? [fallback] : list(env, name).map((h) => h.toLowerCase());
  if (entries.length === 0) throw new ConfigError(name, 'must name at least one host');
  for (const entry of entries) {
    if (!HOST_PATTERN.test(entry) || entry === '*.') throw new ConfigError(name, `"${entry}" is not a host name or *.domain`);
  }
  return entries;
}

function guids(env: Env, name: string): string[] {
  return list(env, name).map((id) => {
    if (!GUID.test(id)) throw new ConfigError(name, `"${id}" is not an object id (a GUID)`);
    return id;
  });
}

/** A locale of one of the bot's languages (`de`, `de-AT`, `pt-PT`): a typo would silently mean English. */
function locale(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!matchLanguage(raw, LANGUAGE_TAGS)) throw new ConfigError(name, `must be one of ${LANGUAGE_TAGS.join(', ')} or a locale of one (such as de-AT), got "${raw}"`);
  return raw;
}

/**
 * `<tenant>:takeover=19:abc@thread.tacv2,<tenant>:mfa=19:def@thread.tacv2`: each entry names
 * its tenant, so a configured channel only ever receives that tenant's cases.
 */
function channelRoutes(env: Env, name: string): Config['helpdeskChannels'] {
  return list(env, name).map((entry) => {
    const match = /^([0-9a-fA-F-]{36}):([^=:]+)=(\S+)$/.exec(entry);
    if (!match || !GUID.test(match[1])) throw new ConfigError(name, `each entry must be tenantId:category=channelId with a tenant GUID, got "${entry}"`);
    const category = CASE_CATEGORIES.find((c) => c === match[2].trim().toLowerCase());
    if (!category) throw new ConfigError(name, `"${match[2]}" is not a category (${CASE_CATEGORIES.join(', ')})`);
    return { tenantId: match[1].toLowerCase(), category, channelId: match[3] };
  });
}

/**
 * ALLOWED_TENANTS: tenant ids, or * for any tenant. Unset, the bot serves its own tenant
 * (BOT_TENANT_ID) only, or, without one (local anonymous mode, a multi-tenant bot with no
 * home tenant), any tenant.
 */
function allowedTenants(env: Env, botTenantId: string | undefined): 'any' | string[] {
  const entries = list(env, 'ALLOWED_TENANTS');
  if (entries.length === 0) return botTenantId ? [botTenantId.toLowerCase()] : 'any';
  if (entries.includes('*')) {
    if (entries.length > 1) throw new ConfigError('ALLOWED_TENANTS', 'is either * (any tenant) or a list of tenant GUIDs, not both');
    return 'any';
  }
  return entries.map((t) => {
    if (!GUID.test(t)) throw new ConfigError('ALLOWED_TENANTS', `"${t}" is not a tenant GUID`);
    return t.toLowerCase();
  });
}

/** Blob container naming rules: 3–63 lowercase letters, digits and single hyphens, not at either end. */
const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/;
/** Table names start with a letter and are alphanumeric; the prefix leaves room for a suffix. */
const TABLE_PREFIX = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

/** Checks the shape only, and never echoes the value: it holds the account key or a SAS. */
function connectionString(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const names = raw
    .split(';')
    .filter((part) => part.trim())
    .map((part) => (part.includes('=') ? part.slice(0, part.indexOf('=')).trim().toLowerCase() : ''));
  const wellFormed = names.length > 0 && names.every(Boolean);
  const namesAnAccount = ['accountname', 'blobendpoint', 'usedevelopmentstorage'].some((n) => names.includes(n));
  if (!wellFormed || !namesAnAccount) {
    throw new ConfigError(name, 'must be an Azure Storage connection string (Name=value pairs separated by ";", with AccountName or BlobEndpoint); the value is not shown because it holds a secret');
  }
  return raw;
}

function azureStorage(env: Env): AzureStorageConfig {
  const connection = connectionString(env, 'AZURE_STORAGE_CONNECTION_STRING');
  const accountUrl = env.AZURE_STORAGE_ACCOUNT_URL === undefined ? undefined : httpsUrl(env, 'AZURE_STORAGE_ACCOUNT_URL', '', 'an Entra credential is sent to it');
  if (!connection && !accountUrl) {
    throw new ConfigError('STORAGE_KIND', 'is azure, which needs AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT_URL');
  }
  if (connection && accountUrl) {
    throw new ConfigError('AZURE_STORAGE_ACCOUNT_URL', 'cannot be used together with AZURE_STORAGE_CONNECTION_STRING; set only one');
  }
  const container = env.AZURE_STORAGE_CONTAINER ?? 'vlsa-state';
  if (!CONTAINER_NAME.test(container)) {
    throw new ConfigError('AZURE_STORAGE_CONTAINER', `must be 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit, got "${container}"`);
  }
  const tablePrefix = env.AZURE_STORAGE_TABLE_PREFIX ?? 'vlsa';
  if (!TABLE_PREFIX.test(tablePrefix)) {
    throw new ConfigError('AZURE_STORAGE_TABLE_PREFIX', `must be 1-32 letters and digits, starting with a letter, got "${tablePrefix}"`);
  }
  const managedIdentityClientId = guid(env, 'AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID');
  if (managedIdentityClientId && !accountUrl) {
    throw new ConfigError('AZURE_STORAGE_MANAGED_IDENTITY_CLIENT_ID', 'is used only with AZURE_STORAGE_ACCOUNT_URL');
  }
  return { connectionString: connection, accountUrl, container, tablePrefix, managedIdentityClientId };
}

export function readConfig(env: Env, cwd: string): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const botId = guid(env, 'BOT_ID');
  const botPassword = env.BOT_PASSWORD ?? env.SECRET_BOT_PASSWORD;
  const botTenantId = guid(env, 'BOT_TENANT_ID');
  const botType = oneOf(env, 'BOT_TYPE', ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const, 'MultiTenant');

  if (nodeEnv === 'production' && !botId) {
    throw new ConfigError('BOT_ID', 'is required when NODE_ENV=production (anonymous mode is for local use only)');
  }
  if (botId && botType !== 'UserAssignedMSI' && !botPassword) {
    throw new ConfigError('BOT_PASSWORD', `is required when BOT_ID is set and BOT_TYPE is ${botType}`);
  }
  if (botType !== 'MultiTenant' && !botId) {
    throw new ConfigError('BOT_TYPE', `${botType} needs BOT_ID (without it the bot runs in local anonymous mode, which is MultiTenant)`);
  }
  if (botType !== 'MultiTenant' && botId && !botTenantId) {
    throw new ConfigError('BOT_TENANT_ID', `is required when BOT_TYPE is ${botType}`);
  }

  const azureConfigured = env.AZURE_STORAGE_CONNECTION_STRING !== undefined || env.AZURE_STORAGE_ACCOUNT_URL !== undefined;
  const storageKind = oneOf(env, 'STORAGE_KIND', ['sqlite', 'azure'] as const, azureConfigured ? 'azure' : 'sqlite');

  const graphAuth = oneOf(
    env,
    'GRAPH_AUTH',
    ['none', 'secret', 'certificate', 'managed-identity'] as const,
    botId && botPassword && botTenantId ? 'secret' : 'none',
  );
  const graphClientId = guid(env, 'GRAPH_CLIENT_ID') ?? botId;
  const graphTenantId = guid(env, 'GRAPH_TENANT_ID') ?? botTenantId;
  const graphSecret = env.GRAPH_CLIENT_SECRET ?? env.SECRET_GRAPH_CLIENT_SECRET ?? botPassword;
  if (graphAuth !== 'none' && graphAuth !== 'managed-identity' && !graphClientId) {
    throw new ConfigError('GRAPH_CLIENT_ID', `is required when GRAPH_AUTH is ${graphAuth} (or set BOT_ID)`);
  }
  if (graphAuth !== 'none' && !graphTenantId) {
    throw new ConfigError('GRAPH_TENANT_ID', `is required when GRAPH_AUTH is ${graphAuth} (or set BOT_TENANT_ID)`);
  }
  if (graphAuth === 'secret' && !graphSecret) {
    throw new ConfigError('GRAPH_CLIENT_SECRET', 'is required when GRAPH_AUTH is secret (or set BOT_PASSWORD)');
  }
  if (graphAuth === 'certificate') {
    const path = env.GRAPH_CERTIFICATE_PATH;
    if (!path) throw new ConfigError('GRAPH_CERTIFICATE_PATH', 'is required when GRAPH_AUTH is certificate');
    if (!existsSync(resolve(cwd, path))) throw new ConfigError('GRAPH_CERTIFICATE_PATH', `no file at "${path}"`);
  }

  const host = env.HOST ?? (botId ? '0.0.0.0' : '127.0.0.1');
  if (!botId && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(host)) {
    throw new ConfigError('HOST', `must be a loopback address without BOT_ID (anonymous mode), got "${host}"`);
  }

  const logLevel = oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info');

  const port = integer(env, 'PORT', 3978, 0, 65535);

  return {
    nodeEnv,
    port,
    host,
    botId,
    botPassword,
    botTenantId,
    botType,
    botOpenIdMetadataUrl: httpsOrLoopbackUrl(env, 'BOT_OPENID_METADATA_URL', 'https://login.botframework.com/v1/.well-known/openidconfiguration', 'the keys that check every request come from it'),
    storage: {
      kind: storageKind,
      sqlitePath: resolve(cwd, env.SQLITE_PATH ?? join('data', 'vlsa.sqlite')),
      ...(storageKind === 'azure' ? { azure: azureStorage(env) } : {}),
    },
    logLevel,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 256 * 1024, 1024, 16 * 1024 * 1024),
    entraLoginUrl: httpUrl(env, 'ENTRA_LOGIN_URL', 'https://login.microsoftonline.com'),
    graphUrl: httpsUrl(env, 'GRAPH_URL', 'https://graph.microsoft.com', 'a Graph token is sent to it'),
    azureAuthorityHost: httpsUrl(env, 'AZURE_AUTHORITY_HOST', 'https://login.microsoftonline.com', 'MSAL refuses other authorities'),
    graph: {
      auth: graphAuth,
      clientId: graphClientId,
      clientSecret: graphAuth === 'secret' ? graphSecret : undefined,
      certificatePath: graphAuth === 'certificate' ? resolve(cwd, env.GRAPH_CERTIFICATE_PATH as string) : undefined,
      tenantId: graphTenantId,
      managedIdentityClientId: guid(env, 'GRAPH_MANAGED_IDENTITY_CLIENT_ID'),
    },
    lookup: {
      timeoutMs: integer(env, 'LOOKUP_TIMEOUT_MS', 5000, 100, 60000),
      retries: integer(env, 'LOOKUP_RETRIES', 2, 0, 10),
      cacheTtlSeconds: integer(env, 'LOOKUP_CACHE_TTL_SECONDS', 3600, 0, 7 * 24 * 3600),
      perHostConcurrency: integer(env, 'LOOKUP_CONCURRENCY', 8, 1, 256),
      userLimitPerHour: integer(env, 'LOOKUP_USER_LIMIT_PER_HOUR', 30, 1, 100000),
      tenantLimitPerHour: integer(env, 'LOOKUP_TENANT_LIMIT_PER_HOUR', 300, 1, 1000000),
    },
    adminCacheTtlSeconds: integer(env, 'ADMIN_CACHE_TTL_SECONDS', 900, 0, 24 * 3600),
    teamsAppId: guid(env, 'TEAMS_APP_ID'),
    allowedTenants: allowedTenants(env, botTenantId),
    helpdeskAdmins: guids(env, 'HELPDESK_ADMINS'),
    helpdeskChannels: channelRoutes(env, 'HELPDESK_CHANNELS'),
    helpdeskLocale: locale(env, 'HELPDESK_LOCALE', 'en'),
    unassignedReminderMinutes: integer(env, 'UNASSIGNED_REMINDER_MINUTES', 120, 1, 30 * 24 * 60),
    caseLookupLimitPerMinute: integer(env, 'CASE_LOOKUP_LIMIT_PER_MINUTE', 60, 1, 100000),
    caseLoopSeconds: integer(env, 'CASE_LOOP_SECONDS', 60, 1, 3600),
    watchIntervalHours: integer(env, 'WATCH_INTERVAL_HOURS', 24, 1, 720),
    watchRoundSeconds: integer(env, 'WATCH_ROUND_SECONDS', 60, 1, 3600),
    fileDownloadHosts: hostPatterns(env, 'FILE_DOWNLOAD_HOSTS', '*.sharepoint.com'),
    publicUrl: publicUrl(env, nodeEnv, port),
    auditHashKey: auditHashKeySetting(env),
  };
}

/** Checks the length only, and never echoes the value. */
function auditHashKeySetting(env: Env): string | undefined {
  const key = env.AUDIT_HASH_KEY;
  if (key !== undefined && key.length < 32) {
    throw new ConfigError('AUDIT_HASH_KEY', `must be at least 32 characters (such as the output of "openssl rand -base64 32"), got ${key.length}; the value is not shown because it is a secret`);
  }
  return key;
}

/**
 * The base of export links: PUBLIC_URL, else the Toolkit's BOT_ENDPOINT, else the App
 * Service host name, else this machine. In production it must be https: the links carry a
 * secret token.
 */
function publicUrl(env: Env, nodeEnv: string, port: number): string {
  const appService = env.WEBSITE_HOSTNAME ? `https://${env.WEBSITE_HOSTNAME}` : undefined;
  const url = env.PUBLIC_URL !== undefined ? httpUrl(env, 'PUBLIC_URL', '') : httpUrl(env, 'BOT_ENDPOINT', appService ?? `http://localhost:${port}`);
  const parsed = new URL(url);
  const setting = env.PUBLIC_URL !== undefined ? 'PUBLIC_URL' : 'BOT_ENDPOINT';
  if (parsed.username || parsed.password || parsed.search || parsed.hash) {
    throw new ConfigError(setting, `must be a plain base URL without credentials, query or fragment (export links are built on it), got "${parsed.origin}${parsed.pathname}…"`);
  }
  if (nodeEnv === 'production' && parsed.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', `must be an https URL when NODE_ENV=production (export links carry a secret token), got "${url}"`);
  }
  return url;
}
