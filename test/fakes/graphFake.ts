import { constants, createPublicKey, randomUUID, verify } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestCertificate } from './testCertificate';

/**
 * Entra ID and Microsoft Graph on one loopback HTTPS origin: the tenant's OpenID configuration
 * and token endpoint (what @azure/identity calls, with instance discovery disabled) and the
 * Graph calls the admin and MFA-readiness features make, answering with the shapes in
 * shared/reference/entra-endpoints.md, paged `pageSize` items at a time; and the Teams app
 * installs of campaigns: `GET /v1.0/users/{id or UPN}` and `POST /v1.0/users/{id}/teamwork/installedApps`
 * (201 Created with no body; 403 without TeamsAppInstallation.ReadWriteSelfForUser.All; 404 for
 * an app that is not the catalog's; 409 Conflict when already installed; 429 by `throttleOnce`).
 */

export interface FakeUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  accountEnabled: boolean;
}

export interface FakeAssignment {
  roleId: string;
  principalId: string;
  /** Expand the principal without accountEnabled, as Graph does for non-default properties. */
  omitAccountEnabled?: boolean;
  directoryScopeId?: string;
}

export interface FakeDirectory {
  users: FakeUser[];
  groups: Array<{ id: string; displayName: string; memberIds: string[] }>;
  servicePrincipals: Array<{ id: string; displayName: string }>;
  active: FakeAssignment[];
  eligible: FakeAssignment[];
  securityDefaults: boolean;
  /** Raw Graph conditionalAccessPolicy objects. */
  policies: unknown[];
  registrations: Array<{ userPrincipalName: string; isMfaRegistered: boolean; methodsRegistered: string[]; defaultMfaMethod: string | null }>;
}

export interface FakeApp {
  tenantId: string;
  clientId: string;
  /** Accepted client secret; certificate clients are checked against `certificate`. */
  clientSecret: string;
}

/** The tenant's Teams app catalog as far as the bot's own app goes. */
export interface FakeTeamsApps {
  /** The app's id in the catalog: the only one an install may bind. */
  catalogId: string;
  /** Whether the tenant granted the bot TeamsAppInstallation.ReadWriteSelfForUser.All. */
  selfInstallGranted: boolean;
  /** Object ids of the users the app is installed for. */
  installedFor: Set<string>;
  /**
   * What Teams does after a new install: the test posts the install's conversationUpdate to
   * the bot (TeamsUser.install). Called after the 201 has been answered, as Teams does it.
   */
  onInstall?: (user: FakeUser) => Promise<unknown>;
}

export interface GraphFake {
  url: string;
  directory: FakeDirectory;
  teamsApps: FakeTeamsApps;
  /** The install POSTs, in order: the user id in the path and the JSON body. */
  installRequests: Array<{ userId: string; body: unknown }>;
  pageSize: number;
  /** Token requests by grant: 'secret' or 'certificate' (a verified client assertion). */
  tokenGrants: string[];
  /** Graph paths requested, with their query, in order. */
  graphRequests: string[];
  /** 403 Authorization_RequestDenied for Graph paths starting with this prefix. */
  forbid(pathPrefix: string): void;
  /** One 429 with Retry-After for the next Graph request whose path starts with the prefix. */
  throttleOnce(pathPrefix: string, retryAfterSeconds: number): void;
  /** Clears the fault switches and the request logs. */
  reset(): void;
  close(): Promise<void>;
}

/** Microsoft Entra built-in role template ids, as the fake's directories assign them. */
export const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
export const CONDITIONAL_ACCESS_ADMINISTRATOR = 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9';

/** A Conditional Access policy requiring MFA for all users on the Microsoft Admin Portals (Volume Licensing Central among them). */
export const ENFORCING_MFA_POLICY = {
  id: 'p1',
  displayName: 'MFA for Volume Licensing Central',
  state: 'enabled',
  conditions: { users: { includeUsers: ['All'] }, applications: { includeApplications: ['MicrosoftAdminPortals'] } },
  grantControls: { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null },
};

/**
 * The bot's settings for reading `fake` as `app` with a client secret, trusting the fake's
 * certificate; no admin cache, so every question reaches the fake.
 */
export function botSettingsFor(fake: GraphFake, app: FakeApp, certPath: string): Record<string, string> {
  return {
    GRAPH_AUTH: 'secret',
    GRAPH_CLIENT_ID: app.clientId,
    GRAPH_TENANT_ID: app.tenantId,
    GRAPH_CLIENT_SECRET: app.clientSecret,
    GRAPH_URL: fake.url,
    AZURE_AUTHORITY_HOST: fake.url,
    NODE_EXTRA_CA_CERTS: certPath,
    ADMIN_CACHE_TTL_SECONDS: '0',
  };
}

export function emptyDirectory(): FakeDirectory {
  return { users: [], groups: [], servicePrincipals: [], active: [], eligible: [], securityDefaults: false, policies: [], registrations: [] };
}

export async function startGraphFake(certificate: TestCertificate, app: FakeApp, directory: FakeDirectory = emptyDirectory()): Promise<GraphFake> {
  const issuedTokens = new Set<string>();
  const forbidden: string[] = [];
  const throttles: Array<{ prefix: string; seconds: number }> = [];
  let base = '';

  const fake: GraphFake = {
    url: '',
    directory,
    teamsApps: { catalogId: '6d3a8f1e-2b4c-4d5e-9f60-718293a4b5c6', selfInstallGranted: true, installedFor: new Set() },
    installRequests: [],
    pageSize: 2,
    tokenGrants: [],
    graphRequests: [],
    forbid: (prefix) => void forbidden.push(prefix),
    throttleOnce: (prefix, seconds) => void throttles.push({ prefix, seconds }),
    reset: () => {
      forbidden.length = 0;
      throttles.length = 0;
      fake.tokenGrants.length = 0;
      fake.graphRequests.length = 0;
      fake.installRequests.length = 0;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const graphError = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
    send(res, status, { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } }, headers);

  const page = (res: ServerResponse, url: URL, items: unknown[]) => {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const body: Record<string, unknown> = { value: items.slice(skip, skip + fake.pageSize) };
    if (skip + fake.pageSize < items.length) {
      const next = new URL(url.href);
      next.searchParams.set('$skiptoken', String(skip + fake.pageSize));
      body['@odata.nextLink'] = next.href;
    }
    send(res, 200, body);
  };

  const userJson = (u: FakeUser, withEnabled = true) => ({
    '@odata.type': '#microsoft.graph.user',
    id: u.id,
    displayName: u.displayName,
    userPrincipalName: u.userPrincipalName,
    mail: u.mail,
    ...(withEnabled ? { accountEnabled: u.accountEnabled } : {}),
  });

  const principalJson = (a: FakeAssignment) => {
    const user = fake.directory.users.find((u) => u.id === a.principalId);
    if (user) return userJson(user, !a.omitAccountEnabled);
    const group = fake.directory.groups.find((g) => g.id === a.principalId);
    if (group) return { '@odata.type': '#microsoft.graph.group', id: group.id, displayName: group.displayName, isAssignableToRole: true };
    const sp = fake.directory.servicePrincipals.find((s) => s.id === a.principalId);
    return { '@odata.type': '#microsoft.graph.servicePrincipal', id: a.principalId, displayName: sp?.displayName ?? 'app' };
  };

  const membersOf = (groupId: string, seen = new Set<string>()): FakeUser[] => {
    const group = fake.directory.groups.find((g) => g.id === groupId);
    if (!group || seen.has(groupId)) return [];
    seen.add(groupId);
    return group.memberIds.flatMap((id) => {
      const user = fake.directory.users.find((u) => u.id === id);
      return user ? [user] : membersOf(id, seen);
    });
  };

  const roleFilter = (url: URL) => /roleDefinitionId eq '([^']+)'/.exec(url.searchParams.get('$filter') ?? '')?.[1];

  const token = (res: ServerResponse, tenant: string, form: URLSearchParams) => {
    if (tenant !== app.tenantId || form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== app.clientId) {
      return send(res, 400, { error: 'invalid_request', error_description: 'AADSTS900144: unexpected tenant, grant or client' });
    }
    let grant: string;
    if (form.get('client_secret') !== null) {
      if (form.get('client_secret') !== app.clientSecret) {
        return send(res, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
      }
      grant = 'secret';
    } else if (validAssertion(form.get('client_assertion'), certificate.cert, app.clientId)) {
      grant = 'certificate';
    } else {
      return send(res, 401, { error: 'invalid_client', error_description: 'AADSTS700027: Client assertion failed signature validation.' });
    }
    fake.tokenGrants.push(grant);
    const accessToken = `fake-graph-token-${randomUUID()}`;
    issuedTokens.add(accessToken);
    send(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
  };

  /** Graph addresses a user by object id or by UPN (any case). */
  const userByKey = (key: string) => {
    const wanted = decodeURIComponent(key).toLowerCase();
    return fake.directory.users.find((u) => u.id === decodeURIComponent(key) || u.userPrincipalName.toLowerCase() === wanted);
  };

  const install = (res: ServerResponse, key: string, body: string) => {
    const user = userByKey(key);
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return graphError(res, 400, 'BadRequest', 'Invalid request body.');
    }
    fake.installRequests.push({ userId: decodeURIComponent(key), body: json });
    const { teamsApps } = fake;
    if (!teamsApps.selfInstallGranted) {
      return graphError(res, 403, 'Forbidden', "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.");
    }
    if (!user) return graphError(res, 404, 'NotFound', `User '${decodeURIComponent(key)}' was not found.`);
    const bind = String(json['teamsApp@odata.bind'] ?? '');
    if (bind !== `${base}/v1.0/appCatalogs/teamsApps/${teamsApps.catalogId}`) {
      return graphError(res, 404, 'NotFound', `The app '${bind.split('/').pop() ?? ''}' was not found in the tenant's app catalog.`);
    }
    if (teamsApps.installedFor.has(user.id)) return graphError(res, 409, 'Conflict', 'The app is already installed for this user.');
    teamsApps.installedFor.add(user.id);
    res.writeHead(201);
    res.end();
    if (teamsApps.onInstall) setImmediate(() => void teamsApps.onInstall?.(user).catch(() => undefined));
  };

  const graph = (req: IncomingMessage, res: ServerResponse, url: URL, body: string) => {
    const path = url.pathname;
    fake.graphRequests.push(`${path}${url.search}`);
    const auth = req.headers.authorization ?? '';
    if (!issuedTokens.has(auth.replace(/^Bearer /, ''))) return graphError(res, 401, 'InvalidAuthenticationToken', 'Access token is empty or invalid.');
    if (forbidden.some((prefix) => path.startsWith(prefix))) {
      return graphError(res, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
    }
    const throttle = throttles.findIndex((t) => path.startsWith(t.prefix));
    if (throttle >= 0) {
      const [{ seconds }] = throttles.splice(throttle, 1);
      return graphError(res, 429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(seconds) });
    }
    const installMatch = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(path);
    if (installMatch && req.method === 'POST') return install(res, installMatch[1], body);
    const userMatch = /^\/v1\.0\/users\/([^/]+)$/.exec(path);
    const groupMatch = /^\/v1\.0\/groups\/([^/]+)$/.exec(path);
    const membersMatch = /^\/v1\.0\/groups\/([^/]+)\/transitiveMembers\/microsoft\.graph\.user$/.exec(path);
    if (path === '/v1.0/roleManagement/directory/roleAssignments') {
      const roleId = roleFilter(url);
      const items = fake.directory.active
        .filter((a) => a.roleId === roleId)
        .map((a, i) => ({
          id: `assignment-${i}`,
          roleDefinitionId: a.roleId,
          principalId: a.principalId,
          directoryScopeId: a.directoryScopeId ?? '/',
          ...(url.searchParams.get('$expand') === 'principal' ? { principal: principalJson(a) } : {}),
        }));
      return page(res, url, items);
    }
    if (path === '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances') {
      const roleId = roleFilter(url);
      const items = fake.directory.eligible
        .filter((a) => a.roleId === roleId)
        .map((a, i) => ({
          id: `eligibility-${i}`,
          roleDefinitionId: a.roleId,
          principalId: a.principalId,
          directoryScopeId: a.directoryScopeId ?? '/',
          memberType: 'Direct',
          startDateTime: '2026-01-01T00:00:00Z',
          endDateTime: null,
        }));
      return page(res, url, items);
    }
    if (userMatch) {
      const user = userByKey(userMatch[1]);
      return user ? send(res, 200, userJson(user)) : graphError(res, 404, 'Request_ResourceNotFound', `Resource '${userMatch[1]}' does not exist.`);
    }
    if (groupMatch) {
      const group = fake.directory.groups.find((g) => g.id === decodeURIComponent(groupMatch[1]));
      return group ? send(res, 200, { id: group.id, displayName: group.displayName }) : graphError(res, 404, 'Request_ResourceNotFound', `Resource '${groupMatch[1]}' does not exist.`);
    }
    if (membersMatch) {
      const id = decodeURIComponent(membersMatch[1]);
      if (!fake.directory.groups.some((g) => g.id === id)) return graphError(res, 404, 'Request_ResourceNotFound', `Resource '${id}' does not exist.`);
      return page(res, url, membersOf(id).map((u) => userJson(u)));
    }
    if (path === '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy') {
      return send(res, 200, {
        id: '00000000-0000-0000-0000-000000000005',
        displayName: 'Security Defaults',
        description: 'Security defaults is a set of basic identity security mechanisms recommended by Microsoft.',
        isEnabled: fake.directory.securityDefaults,
      });
    }
    if (path === '/v1.0/identity/conditionalAccess/policies') return page(res, url, fake.directory.policies);
    if (path === '/v1.0/reports/authenticationMethods/userRegistrationDetails') {
      const upn = /userPrincipalName eq '((?:[^']|'')*)'/.exec(url.searchParams.get('$filter') ?? '')?.[1]?.replace(/''/g, "'");
      const found = fake.directory.registrations.filter((r) => r.userPrincipalName.toLowerCase() === upn?.toLowerCase());
      return send(res, 200, { value: found.map((r) => ({ id: randomUUID(), isMfaCapable: r.isMfaRegistered, ...r })) });
    }
    graphError(res, 404, 'BadRequest', `Resource not found for the segment '${path}'.`);
  };

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', base);
      const openId = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
      const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
      if (openId) {
        const tenant = openId[1];
        return send(res, 200, {
          issuer: `${base}/${tenant}/v2.0`,
          token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          tenant_region_scope: 'WW',
          cloud_instance_name: 'microsoftonline.com',
        });
      }
      if (tokenPath && req.method === 'POST') return token(res, tokenPath[1], new URLSearchParams(body));
      if (url.pathname.startsWith('/v1.0/')) return graph(req, res, url, body);
      send(res, 404, { error: 'not_found' });
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.url = base;
  return fake;
}

/** A client assertion JWT signed by the certificate's key (RS256 or PS256), issued by the app. */
function validAssertion(assertion: string | null, cert: string, clientId: string): boolean {
  if (!assertion) return false;
  const [header, payload, signature] = assertion.split('.');
  if (!header || !payload || !signature) return false;
  const alg = (JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string }).alg;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { iss?: string; sub?: string };
  const key = createPublicKey(cert);
  const signed = Buffer.from(`${header}.${payload}`);
  const sig = Buffer.from(signature, 'base64url');
  const ok =
    alg === 'PS256'
      ? verify('sha256', signed, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig)
      : alg === 'RS256' && verify('sha256', signed, key, sig);
  return ok && claims.iss === clientId && claims.sub === clientId;
}
