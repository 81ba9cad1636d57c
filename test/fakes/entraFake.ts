/**
 * A local fake of the three public Entra endpoints the diagnosis uses (shapes from
 * shared/reference/entra-endpoints.md §1–3), on 127.0.0.1 and a free port:
 *   GET  /common/userrealm?user=…&api-version=2.1&checkForMicrosoftAccount=true  (and /common/userrealm/{address})
 *   POST /common/GetCredentialType                                                (personal accounts only reported with isOtherIdpSupported: true)
 *   GET  /{domain}/v2.0/.well-known/openid-configuration
 *
 * Built-in directory (address → verdict from the diagnosis):
 *   contoso.com        managed, brand "Contoso", tenant 11111111-1111-4111-8111-111111111111
 *     alex@, megan@, admin@        → ready
 *     dual@                        → choose-work-account   (work + personal, IfExistsResult 6)
 *     sam@                         → personal-account      (personal only, IfExistsResult 5)
 *     nobody@ (any other)          → no-account
 *   fourthcoffee.xyz   unmanaged (IsViral: true), tenant 22222222-2222-4222-8222-222222222222
 *     megan@, admin@, dual@        → takeover-needed       (dual@ also has a personal account)
 *     nobody@ (any other)          → no-account
 *   fabrikam.com       federated (WSTrust, AuthURL https://sts.fabrikam.com/adfs/ls/), brand "Fabrikam",
 *                      tenant 33333333-3333-4333-8333-333333333333; every address answers IfExistsResult 0
 *     dual@                        → choose-work-account   (realm MicrosoftAccount 0)
 *     any other                    → ready
 *   outlook.com, hotmail.com       consumer (NameSpaceType Unknown, OpenID answers the consumer tenant)
 *   gmail.com                      consumer (NameSpaceType Unknown, OpenID 400 AADSTS90002)
 *     pat@outlook.com, sam@hotmail.com (MicrosoftAccount sent as a string), lee@gmail.com → personal-account
 *     any other                    → no-account
 *   bücher.example (xn--bcher-kva.example)  managed, brand "Bücher", tenant 44444444-4444-4444-8444-444444444444
 *     anna@                        → ready; any other → no-account
 *   nosuchdomain.example           no tenant (Unknown, OpenID 404 AADSTS90002) → no-account
 *   any unregistered domain        no tenant (Unknown, OpenID 400 AADSTS90002) → no-account
 * Any local part not listed (such as the diagnosis's made-up control address) answers as that
 * domain's "any other": IfExistsResult 1 for managed and unmanaged domains, 0 for federated ones.
 * `throttle(true)` mimics the throttled endpoint users of enumeration tools report: credential
 * type answers IfExistsResult 0 (ThrottleStatus 1) for every address, real or not.
 * Register more with `addDomain`; `reset()` clears counters, faults and throttling (not registered domains).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';

export type FakeDomainKind = 'managed' | 'unmanaged' | 'federated' | 'consumer' | 'none';

export interface FakeDomain {
  kind: FakeDomainKind;
  brand?: string;
  /** Defaults to a GUID derived from the name for managed, unmanaged and federated domains. */
  tenantId?: string;
  /** Local parts with a work account (ignored for federated domains: every address answers 0). */
  work?: string[];
  /** Local parts with a personal Microsoft account. */
  personal?: string[];
  /** Status of the "no tenant" OpenID answer (default 400). */
  noTenantStatus?: 400 | 404;
  /** Send MicrosoftAccount as a string, as some answers do. */
  microsoftAccountAsString?: boolean;
}

export type FakeEndpoint = 'realm' | 'credentialType' | 'openid';

export interface FaultMatcher {
  endpoint?: FakeEndpoint;
  /** ASCII (punycode) domain. */
  domain?: string;
  address?: string;
  /** Apply to this many matching requests, then stop (default: all). */
  times?: number;
}

export type Fault =
  | { kind: 'stall' }
  | { kind: 'reset' }
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Declares the full Content-Length, sends half the JSON, then drops the connection. */
  | { kind: 'truncated' }
  | { kind: 'html' }
  /** Credential type answers this IfExistsResult. */
  | { kind: 'if-exists'; value: number };

export interface EntraFake {
  url: string;
  requests: { realm: number; credentialType: number; openid: number; total: number };
  log: Array<{ endpoint: FakeEndpoint; subject: string }>;
  addDomain(name: string, domain: FakeDomain): void;
  setFault(matcher: FaultMatcher, fault: Fault): void;
  /** While on, credential type answers "exists" (IfExistsResult 0) for every address. */
  throttle(on: boolean): void;
  reset(): void;
  close(): Promise<void>;
}

export const CONSUMER_TENANT_ID = '9188040d-6c67-4c5b-b112-36a304b66dad';

const BUILT_IN: Record<string, FakeDomain> = {
  'contoso.com': { kind: 'managed', brand: 'Contoso', tenantId: '11111111-1111-4111-8111-111111111111', work: ['alex', 'megan', 'admin', 'dual'], personal: ['dual', 'sam'] },
  'fourthcoffee.xyz': { kind: 'unmanaged', tenantId: '22222222-2222-4222-8222-222222222222', work: ['megan', 'admin', 'dual'], personal: ['dual'] },
  'fabrikam.com': { kind: 'federated', brand: 'Fabrikam', tenantId: '33333333-3333-4333-8333-333333333333', personal: ['dual'] },
  'outlook.com': { kind: 'consumer', tenantId: CONSUMER_TENANT_ID, personal: ['pat'] },
  'hotmail.com': { kind: 'consumer', tenantId: CONSUMER_TENANT_ID, personal: ['sam'], microsoftAccountAsString: true },
  'gmail.com': { kind: 'consumer', personal: ['lee'] },
  'bücher.example': { kind: 'managed', brand: 'Bücher', tenantId: '44444444-4444-4444-8444-444444444444', work: ['anna'] },
  'nosuchdomain.example': { kind: 'none', noTenantStatus: 404 },
};

const NO_TENANT: FakeDomain = { kind: 'none' };

function derivedTenantId(domain: string): string {
  const h = createHash('sha256').update(domain).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function tenantOf(name: string, domain: FakeDomain): string | undefined {
  if (domain.tenantId) return domain.tenantId;
  return domain.kind === 'managed' || domain.kind === 'unmanaged' || domain.kind === 'federated' ? derivedTenantId(name) : undefined;
}

function split(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at).toLowerCase(), domain: domainToASCII(address.slice(at + 1)) || address.slice(at + 1).toLowerCase() };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startEntraFake(opts: { latencyMs?: number } = {}): Promise<EntraFake> {
  const directory = new Map<string, FakeDomain>();
  const addDomain = (name: string, domain: FakeDomain): void => void directory.set(domainToASCII(name), domain);
  for (const [name, domain] of Object.entries(BUILT_IN)) addDomain(name, domain);
  const lookup = (asciiDomain: string): FakeDomain => directory.get(asciiDomain) ?? NO_TENANT;

  const requests = { realm: 0, credentialType: 0, openid: 0, total: 0 };
  const log: EntraFake['log'] = [];
  let faults: Array<{ matcher: FaultMatcher; fault: Fault; left: number }> = [];
  let throttled = false;
  const sockets = new Set<Socket>();

  const takeFault = (endpoint: FakeEndpoint, domain: string, address?: string): Fault | undefined => {
    const entry = faults.find(
      ({ matcher, left }) =>
        left > 0 &&
        (!matcher.endpoint || matcher.endpoint === endpoint) &&
        (!matcher.domain || matcher.domain.toLowerCase() === domain) &&
        (!matcher.address || (address !== undefined && matcher.address.toLowerCase() === address.toLowerCase())),
    );
    if (!entry) return undefined;
    entry.left--;
    return entry.fault;
  };

  const realmAnswer = (address: string): unknown => {
    const { local, domain: ascii } = split(address);
    const domain = lookup(ascii);
    const personal = domain.personal?.includes(local) ? 0 : 1;
    const base = { Login: address, cloud_instance_name: 'microsoftonline.com', MicrosoftAccount: domain.microsoftAccountAsString ? String(personal) : personal };
    switch (domain.kind) {
      case 'managed':
        return { NameSpaceType: 'Managed', DomainName: ascii, FederationBrandName: domain.brand ?? ascii, TenantBrandingInfo: null, ...base };
      case 'unmanaged':
        return { NameSpaceType: 'Managed', DomainName: ascii, IsViral: true, ...base };
      case 'federated':
        return {
          NameSpaceType: 'Federated',
          DomainName: ascii,
          FederationBrandName: domain.brand ?? ascii,
          AuthURL: `https://sts.${ascii}/adfs/ls/?username=${encodeURIComponent(address)}&wa=wsignin1.0`,
          federation_protocol: 'WSTrust',
          ...base,
        };
      default:
        return { NameSpaceType: 'Unknown', ...base };
    }
  };

  const credentialAnswer = (address: string, otherIdp: boolean, forced?: number): unknown => {
    const { local, domain: ascii } = split(address);
    const domain = lookup(ascii);
    const personal = otherIdp && Boolean(domain.personal?.includes(local));
    const work = domain.kind === 'federated' || ((domain.kind === 'managed' || domain.kind === 'unmanaged') && Boolean(domain.work?.includes(local)));
    const code = forced ?? (throttled || domain.kind === 'federated' ? 0 : work ? (personal ? 6 : 0) : personal ? 5 : 1);
    const domainType = { managed: 3, unmanaged: 3, federated: 4, consumer: 2, none: 1 }[domain.kind];
    return {
      Username: address,
      Display: address,
      IfExistsResult: code,
      IsUnmanaged: domain.kind === 'unmanaged',
      ThrottleStatus: throttled || domain.kind === 'consumer' ? 1 : 0,
      Credentials: {
        PrefCredential: 1,
        HasPassword: true,
        RemoteNgcParams: null,
        FidoParams: null,
        SasParams: null,
        FederationRedirectUrl: domain.kind === 'federated' ? `https://sts.${ascii}/adfs/ls/` : null,
      },
      EstsProperties: { UserTenantBranding: null, DomainType: domainType },
      IsSignupDisallowed: true,
      apiCanary: 'fake-canary',
    };
  };

  const openIdAnswer = (res: ServerResponse, ascii: string): void => {
    const domain = lookup(ascii);
    const tenant = tenantOf(ascii, domain);
    if (!tenant) {
      sendJson(res, domain.noTenantStatus ?? 400, {
        error: 'invalid_tenant',
        error_description: `AADSTS90002: Tenant '${ascii}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
        error_codes: [90002],
        timestamp: new Date().toISOString(),
      });
      return;
    }
    const root = `https://login.microsoftonline.com/${tenant}`;
    sendJson(res, 200, {
      issuer: `${root}/v2.0`,
      token_endpoint: `${root}/oauth2/v2.0/token`,
      authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
      jwks_uri: `https://login.microsoftonline.com/${tenant}/discovery/v2.0/keys`,
      tenant_region_scope: 'WW',
      cloud_instance_name: 'microsoftonline.com',
    });
  };

  const applyFault = (fault: Fault, req: IncomingMessage, res: ServerResponse, body: unknown): boolean => {
    switch (fault.kind) {
      case 'stall':
        return true;
      case 'reset':
        req.socket.destroy();
        return true;
      case 'status':
        sendJson(res, fault.status, { error: fault.status === 429 ? 'throttled' : 'server_error' }, fault.retryAfter ? { 'retry-after': fault.retryAfter } : {});
        return true;
      case 'truncated': {
        const text = JSON.stringify(body);
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
        return true;
      }
      case 'html':
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><body><h1>Sign in to your account</h1></body></html>');
        return true;
      case 'if-exists':
        return false;
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const text = req.method === 'POST' ? await readBody(req) : '';
    if (opts.latencyMs) await new Promise((resolve) => setTimeout(resolve, opts.latencyMs));
    const realmPath = /^\/common\/userrealm(?:\/([^/]+))?$/.exec(url.pathname);
    const openIdPath = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    let endpoint: FakeEndpoint;
    let subject: string;
    let answer: (fault?: Fault) => void;
    if (req.method === 'GET' && realmPath) {
      subject = realmPath[1] ? decodeURIComponent(realmPath[1]) : (url.searchParams.get('user') ?? '');
      if (!subject.includes('@')) return sendJson(res, 400, { error: 'invalid_request', error_description: 'user is required' });
      endpoint = 'realm';
      const body = realmAnswer(subject);
      answer = () => sendJson(res, 200, body);
    } else if (req.method === 'POST' && url.pathname === '/common/GetCredentialType') {
      let parsed: { username?: unknown; isOtherIdpSupported?: unknown };
      try {
        parsed = JSON.parse(text);
      } catch {
        return sendJson(res, 400, { error: 'invalid_request' });
      }
      if (typeof parsed.username !== 'string' || !parsed.username.includes('@')) return sendJson(res, 400, { error: 'invalid_request' });
      endpoint = 'credentialType';
      subject = parsed.username;
      const username = parsed.username;
      const otherIdp = parsed.isOtherIdpSupported === true;
      answer = (fault) => sendJson(res, 200, credentialAnswer(username, otherIdp, fault?.kind === 'if-exists' ? fault.value : undefined));
    } else if (req.method === 'GET' && openIdPath) {
      endpoint = 'openid';
      subject = decodeURIComponent(openIdPath[1]).toLowerCase();
      const ascii = subject;
      answer = () => openIdAnswer(res, ascii);
    } else {
      return sendJson(res, 404, { error: 'not_found' });
    }
    requests[endpoint]++;
    requests.total++;
    log.push({ endpoint, subject });
    const isAddress = endpoint !== 'openid';
    const domain = isAddress ? split(subject).domain : subject;
    const fault = takeFault(endpoint, domain, isAddress ? subject : undefined);
    const sample = endpoint === 'credentialType' ? credentialAnswer(subject, true) : endpoint === 'realm' ? realmAnswer(subject) : { issuer: 'https://login.microsoftonline.com/x/v2.0' };
    if (fault && applyFault(fault, req, res, sample)) return;
    answer(fault);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    log,
    addDomain,
    setFault: (matcher, fault) => void faults.push({ matcher, fault, left: matcher.times ?? Infinity }),
    throttle: (on) => {
      throttled = on;
    },
    reset: () => {
      requests.realm = requests.credentialType = requests.openid = requests.total = 0;
      log.length = 0;
      faults = [];
      throttled = false;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
