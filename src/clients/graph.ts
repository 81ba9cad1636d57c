/**
 * Microsoft Graph, app-only: a token from @azure/identity for `{GRAPH_URL}/.default`, requests
 * through HttpClient (timeouts, 429/Retry-After), `@odata.nextLink` paging, and 401/403 turned
 * into a failure that names the call, the missing application permission and the admin-consent URL.
 * Reads retry by themselves; a POST is sent once and its failure carries Retry-After for the caller.
 * GraphDirectory reads what the admin and MFA-readiness services need through it.
 */
import type { TokenCredential, TokenCredentialOptions } from '@azure/identity';
import type { Config } from '../config';
import { SingleFlight } from '../domain/cache';
import type { AdminDirectory, DirectoryPrincipal, DirectoryUser } from '../domain/admins';
import type { DirectoryFailure, DirectoryResult } from '../domain/manualSteps';
import type { ConditionalAccessPolicy, MfaDirectory, UserRegistration } from '../domain/mfaReadiness';
import { createGraphCredential } from './graphCredential';
import { HttpClient, type HttpResult } from './http';

/** The application permissions the features use; docs/graph-permissions.md explains each. */
export type GraphPermission =
  | 'RoleManagement.Read.Directory'
  | 'RoleEligibilitySchedule.Read.Directory'
  | 'GroupMember.Read.All'
  | 'User.Read.All'
  | 'Policy.Read.All'
  | 'AuditLog.Read.All'
  | 'TeamsAppInstallation.ReadWriteSelfForUser.All';

type Json = Record<string, unknown>;
export type GraphResponse = { ok: true; json: Json } | { ok: false; status?: number; retryAfterMs?: number; failure: DirectoryFailure };

export interface GraphClientOptions {
  credential: TokenCredential;
  /** Longest wait for a token: MSAL's own retries have no overall limit, and a turn must end. */
  tokenTimeoutMs: number;
  http: HttpClient;
  graphUrl: string;
  tenantId: string;
  /** Where an admin grants a missing permission; managed identities have no consent page. */
  consent: { authorityHost: string; clientId?: string; managedIdentity: boolean };
}

/** A directory of thousands of pages is a loop, not a tenant. */
const MAX_PAGES = 200;

export class GraphClient {
  private readonly tokenRequests = new SingleFlight();

  constructor(private readonly options: GraphClientOptions) {}

  get tenantId(): string {
    return this.options.tenantId;
  }

  /** Where Graph is, e.g. `https://graph.microsoft.com`: the base of the `@odata.bind` links a POST names. */
  get graphUrl(): string {
    return this.options.graphUrl;
  }

  /** `path` starts with the version, e.g. `/v1.0/users/{id}`. */
  async get(path: string, permission: GraphPermission): Promise<GraphResponse> {
    return this.getUrl(`${this.options.graphUrl}${path}`, permission);
  }

  /**
   * One POST, never repeated here (HttpClient retries 0): the caller decides what a 429 or a
   * dropped connection means for a write. An empty answer (201 without a body) is `{}`.
   */
  async post(path: string, body: unknown, permission: GraphPermission): Promise<GraphResponse> {
    return this.send('POST', `${this.options.graphUrl}${path}`, permission, body);
  }

  /** Every item of a collection, following `@odata.nextLink`. */
  async getAll(path: string, permission: GraphPermission): Promise<DirectoryResult<unknown[]>> {
    const items: unknown[] = [];
    let url: string | undefined = `${this.options.graphUrl}${path}`;
    for (let page = 0; url; page++) {
      if (page === MAX_PAGES) return failed(`Microsoft Graph returned more than ${MAX_PAGES} pages for ${pathOf(path)}`);
      // The bearer token goes to Graph only, never to a host a response names.
      if (!sameOrigin(url, this.options.graphUrl)) return failed(`Microsoft Graph sent a next page on another host: ${url}`);
      const response = await this.getUrl(url, permission);
      if (!response.ok) return { ok: false, failure: response.failure };
      if (!Array.isArray(response.json.value)) return failed(`Microsoft Graph answered ${pathOf(path)} without a value list`);
      items.push(...response.json.value);
      const next = response.json['@odata.nextLink'];
      url = typeof next === 'string' ? next : undefined;
    }
    return { ok: true, value: items };
  }

  private getUrl(url: string, permission: GraphPermission): Promise<GraphResponse> {
    return this.send('GET', url, permission);
  }

  private async send(method: 'GET' | 'POST', url: string, permission: GraphPermission, body?: unknown): Promise<GraphResponse> {
    let token: string;
    try {
      token = await this.token();
    } catch (error) {
      return { ok: false, failure: { kind: 'failed', message: `Could not get a Microsoft Graph token: ${firstLine(error)}` } };
    }
    const headers = { authorization: `Bearer ${token}` };
    const result = await this.options.http.request(method === 'GET' ? { url, headers } : { method, url, headers, body, retries: 0 });
    if (result.ok) {
      if (method === 'POST' && result.json === null) return { ok: true, json: {} };
      if (!isJson(result.json)) return { ok: false, status: result.status, failure: { kind: 'failed', message: `Microsoft Graph answered ${pathOf(url)} with something other than a JSON object` } };
      return { ok: true, json: result.json };
    }
    const retryAfter = result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs };
    return { ok: false, status: result.status, ...retryAfter, failure: this.failureOf(result, `${method} ${pathOf(url)}`, permission) };
  }

  /**
   * The credential caches tokens once it has one; until then, requests started together share
   * one token request instead of each asking Entra ID.
   */
  private token(): Promise<string> {
    const { tokenTimeoutMs } = this.options;
    const scope = `${this.options.graphUrl}/.default`;
    return this.tokenRequests.run(scope, async () => {
      const accessToken = await withTimeout(this.options.credential.getToken(scope, { abortSignal: AbortSignal.timeout(tokenTimeoutMs) }), tokenTimeoutMs, `no token within ${tokenTimeoutMs} ms`);
      if (!accessToken) throw new Error('the credential returned no token');
      return accessToken.token;
    });
  }

  /** `call` is the method and path, e.g. `POST /v1.0/users/{id}/teamwork/installedApps`. */
  private failureOf(result: Extract<HttpResult, { ok: false }>, call: string, permission: GraphPermission): DirectoryFailure {
    const graphError = describeGraphError(result.body);
    if (result.status === 401 || result.status === 403) {
      const { consent } = this.options;
      const consentUrl =
        consent.managedIdentity || !consent.clientId
          ? undefined
          : `${consent.authorityHost}/${this.options.tenantId}/adminconsent?client_id=${consent.clientId}`;
      const grant = consentUrl
        ? `A Global Administrator or Privileged Role Administrator grants it with admin consent at ${consentUrl}`
        : "A Global Administrator or Privileged Role Administrator assigns it to the managed identity's service principal";
      return {
        kind: 'permission',
        status: result.status,
        permission,
        consentUrl,
        message: `Microsoft Graph refused ${call} (HTTP ${result.status}${graphError}). The bot's app needs the application permission ${permission}. ${grant} (see docs/graph-permissions.md).`,
      };
    }
    if (result.kind === 'throttled') return { kind: 'failed', message: `Microsoft Graph is throttling ${call}: ${result.detail}. Try again in a few minutes.` };
    return { kind: 'failed', message: `Microsoft Graph failed on ${call}: ${result.detail}${graphError}` };
  }
}

export class GraphDirectory implements AdminDirectory, MfaDirectory {
  constructor(private readonly graph: GraphClient) {}

  get tenantId(): string {
    return this.graph.tenantId;
  }

  async activeHolders(roleId: string): Promise<DirectoryResult<DirectoryPrincipal[]>> {
    const listed = await this.graph.getAll(
      `/v1.0/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`roleDefinitionId eq '${roleId}'`)}&$expand=principal`,
      'RoleManagement.Read.Directory',
    );
    if (!listed.ok) return listed;
    const principals = await Promise.all(
      listed.value.filter(tenantWide).map((assignment): Promise<DirectoryResult<DirectoryPrincipal>> => {
        const principal = isJson(assignment.principal) ? assignment.principal : { id: assignment.principalId };
        const known = principalOf(principal);
        // The expanded principal may leave out accountEnabled (it is not a default user property): ask for it.
        return known ? Promise.resolve({ ok: true, value: known }) : this.principal(String(principal.id));
      }),
    );
    return allOk(principals);
  }

  async eligibleHolders(roleId: string): Promise<DirectoryResult<DirectoryPrincipal[]>> {
    const listed = await this.graph.getAll(
      `/v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$filter=${encodeURIComponent(`roleDefinitionId eq '${roleId}'`)}`,
      'RoleEligibilitySchedule.Read.Directory',
    );
    if (!listed.ok) return listed;
    const ids = [...new Set(listed.value.filter(tenantWide).map((e) => String(e.principalId)))];
    return allOk(await Promise.all(ids.map((id) => this.principal(id))));
  }

  async groupMembers(groupId: string): Promise<DirectoryResult<DirectoryUser[]>> {
    const listed = await this.graph.getAll(
      `/v1.0/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user?$select=${USER_FIELDS}`,
      'GroupMember.Read.All',
    );
    if (!listed.ok) return listed;
    return { ok: true, value: listed.value.filter(isJson).map(userOf) };
  }

  async securityDefaultsEnabled(): Promise<DirectoryResult<boolean>> {
    const response = await this.graph.get('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy', 'Policy.Read.All');
    if (!response.ok) return { ok: false, failure: response.failure };
    return { ok: true, value: response.json.isEnabled === true };
  }

  async conditionalAccessPolicies(): Promise<DirectoryResult<ConditionalAccessPolicy[]>> {
    const listed = await this.graph.getAll('/v1.0/identity/conditionalAccess/policies', 'Policy.Read.All');
    if (!listed.ok) return listed;
    return { ok: true, value: listed.value.filter(isJson).map(policyOf) };
  }

  async registrationDetails(userPrincipalName: string): Promise<DirectoryResult<UserRegistration | null>> {
    const quoted = userPrincipalName.replace(/'/g, "''");
    const response = await this.graph.get(
      `/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=${encodeURIComponent(`userPrincipalName eq '${quoted}'`)}`,
      'AuditLog.Read.All',
    );
    if (!response.ok) return { ok: false, failure: response.failure };
    const first = Array.isArray(response.json.value) ? response.json.value.find(isJson) : undefined;
    if (!first) return { ok: true, value: null };
    return {
      ok: true,
      value: {
        userPrincipalName: text(first.userPrincipalName) ?? userPrincipalName,
        isMfaRegistered: first.isMfaRegistered === true,
        methodsRegistered: texts(first.methodsRegistered),
        defaultMfaMethod: text(first.defaultMfaMethod) ?? null,
      },
    };
  }

  /** A principal by id: a user, else a group, else something that is not a person. */
  private async principal(id: string): Promise<DirectoryResult<DirectoryPrincipal>> {
    const user = await this.graph.get(`/v1.0/users/${encodeURIComponent(id)}?$select=${USER_FIELDS}`, 'User.Read.All');
    if (user.ok) return { ok: true, value: { type: 'user', ...userOf(user.json) } };
    if (user.status !== 404) return { ok: false, failure: user.failure };
    const group = await this.graph.get(`/v1.0/groups/${encodeURIComponent(id)}?$select=id,displayName`, 'GroupMember.Read.All');
    if (group.ok) return { ok: true, value: { type: 'group', id, displayName: text(group.json.displayName) ?? id } };
    if (group.status !== 404) return { ok: false, failure: group.failure };
    return { ok: true, value: { type: 'other', id } };
  }
}

export interface GraphTransport {
  credential?: TokenCredentialOptions;
  http?: ConstructorParameters<typeof HttpClient>[1];
}

/** The Graph client for the configured tenant; null when GRAPH_AUTH is none. */
export function createGraphClient(config: Config, transport: GraphTransport = {}): GraphClient | null {
  if (config.graph.auth === 'none' || !config.graph.tenantId) return null;
  const http = new HttpClient(
    { timeoutMs: config.lookup.timeoutMs, retries: config.lookup.retries, perHostConcurrency: config.lookup.perHostConcurrency },
    transport.http,
  );
  return new GraphClient({
    credential: createGraphCredential(config, transport.credential),
    tokenTimeoutMs: config.lookup.timeoutMs * (config.lookup.retries + 1),
    http,
    graphUrl: config.graphUrl,
    tenantId: config.graph.tenantId,
    consent: { authorityHost: config.azureAuthorityHost, clientId: config.graph.clientId, managedIdentity: config.graph.auth === 'managed-identity' },
  });
}

/** The Graph-backed directory for the configured tenant; null when GRAPH_AUTH is none. */
export function createGraphDirectory(config: Config, transport: GraphTransport = {}): GraphDirectory | null {
  const client = createGraphClient(config, transport);
  return client ? new GraphDirectory(client) : null;
}

const USER_FIELDS = 'id,displayName,userPrincipalName,mail,accountEnabled';

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Role holders scoped to an administrative unit or an app cannot change tenant-wide MFA. */
function tenantWide(item: unknown): item is Json {
  return isJson(item) && (item.directoryScopeId === undefined || item.directoryScopeId === '/');
}

function userOf(json: Json): DirectoryUser {
  const id = String(json.id);
  return {
    id,
    displayName: text(json.displayName) ?? text(json.userPrincipalName) ?? id,
    mail: text(json.mail) ?? null,
    userPrincipalName: text(json.userPrincipalName) ?? '',
    accountEnabled: json.accountEnabled === true,
  };
}

/** The principal as the expansion shows it; undefined for a user whose accountEnabled is missing. */
function principalOf(json: Json): DirectoryPrincipal | undefined {
  const type = json['@odata.type'];
  if (type === '#microsoft.graph.user') return typeof json.accountEnabled === 'boolean' ? { type: 'user', ...userOf(json) } : undefined;
  if (type === '#microsoft.graph.group') return { type: 'group', id: String(json.id), displayName: text(json.displayName) ?? String(json.id) };
  if (typeof type === 'string') return { type: 'other', id: String(json.id) };
  return undefined;
}

function policyOf(json: Json): ConditionalAccessPolicy {
  const conditions = isJson(json.conditions) ? json.conditions : {};
  const users = isJson(conditions.users) ? conditions.users : {};
  const apps = isJson(conditions.applications) ? conditions.applications : {};
  const grant = isJson(json.grantControls) ? json.grantControls : {};
  const strength = isJson(grant.authenticationStrength) ? grant.authenticationStrength : null;
  return {
    displayName: text(json.displayName) ?? String(json.id),
    state: text(json.state) ?? 'disabled',
    includeUsers: texts(users.includeUsers),
    includeGroups: texts(users.includeGroups),
    includeRoles: texts(users.includeRoles),
    excludeUsers: texts(users.excludeUsers),
    excludeGroups: texts(users.excludeGroups),
    excludeRoles: texts(users.excludeRoles),
    includeApplications: texts(apps.includeApplications),
    excludeApplications: texts(apps.excludeApplications),
    operator: text(grant.operator) ?? 'OR',
    builtInControls: texts(grant.builtInControls),
    authenticationStrength: strength ? (text(strength.displayName) ?? text(strength.id) ?? 'set') : null,
  };
}

function describeGraphError(body: unknown): string {
  const error = isJson(body) && isJson(body.error) ? body.error : undefined;
  if (!error) return '';
  return `, ${[text(error.code), text(error.message)].filter(Boolean).join(': ')}`;
}

function pathOf(url: string): string {
  return url.replace(/^https?:\/\/[^/]+/, '').split('?')[0];
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0];
}

/** All values, or the first failure. */
function allOk<T>(results: DirectoryResult<T>[]): DirectoryResult<T[]> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return { ok: true, value: values };
}

/**
 * Settles with `promise`, or rejects once `ms` have passed. Credentials backed by MSAL ignore the
 * abort signal, so their request may run on; its outcome is then dropped (race handles it).
 */
function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

function failed(message: string): { ok: false; failure: DirectoryFailure } {
  return { ok: false, failure: { kind: 'failed', message } };
}
