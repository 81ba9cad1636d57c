import type { Config } from '../config';
import {
  DiagnosisService,
  type CredentialAnswer,
  type EntraSignals,
  type LookupAudit,
  type RealmAnswer,
  type Signal,
  type TenantAnswer,
} from '../domain/diagnosis';
import type { KeyValueStore } from '../domain/stores/ports';
import { HttpClient, type HttpResult } from './http';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The tenant that holds personal Microsoft accounts: not an organisation's tenant. */
const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';
const NAMESPACE_TYPES: ReadonlyArray<RealmAnswer['namespaceType']> = ['Managed', 'Federated', 'Unknown'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failed<T>(result: Extract<HttpResult, { ok: false }>): Signal<T> {
  return { ok: false, detail: `${result.kind}: ${result.detail}` };
}

function badBody<T>(problem: string): Signal<T> {
  return { ok: false, detail: `bad-body: ${problem}` };
}

/** Booleans the realm sends as true/false or, in older forms, as strings. */
function flag(value: unknown): boolean | undefined {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

/** MicrosoftAccount: 0 (number or string) means a personal account exists; other numbers mean none. */
function microsoftAccount(value: unknown): boolean | null | undefined {
  if (value === undefined || value === null) return null;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) ? number === 0 : undefined;
}

export function parseRealm(json: unknown): Signal<RealmAnswer> {
  if (!isObject(json)) return badBody('user realm answer is not an object');
  const namespaceType = NAMESPACE_TYPES.find((t) => t === json.NameSpaceType);
  if (!namespaceType) return badBody(`user realm NameSpaceType ${JSON.stringify(json.NameSpaceType)} is not known`);
  const isViral = flag(json.IsViral ?? json.is_viral_tenant);
  if (isViral === undefined) return badBody('user realm IsViral is not a boolean');
  const brand = json.FederationBrandName;
  if (brand !== undefined && brand !== null && typeof brand !== 'string') return badBody('user realm FederationBrandName is not text');
  const personal = microsoftAccount(json.MicrosoftAccount);
  if (personal === undefined) return badBody('user realm MicrosoftAccount is not a number');
  return { ok: true, value: { namespaceType, isViral, brandName: brand?.trim() || null, microsoftAccount: personal } };
}

export function parseCredentialType(json: unknown): Signal<CredentialAnswer> {
  if (!isObject(json)) return badBody('credential type answer is not an object');
  const code = json.IfExistsResult;
  if (typeof code !== 'number' || !Number.isInteger(code)) return badBody('credential type IfExistsResult is not a whole number');
  return { ok: true, value: { ifExistsResult: code } };
}

/** The tenant GUID from `issuer` (or `token_endpoint`): the first path segment, which must be a GUID. */
export function parseOpenIdConfiguration(json: unknown): Signal<TenantAnswer> {
  if (!isObject(json)) return badBody('OpenID configuration is not an object');
  for (const field of ['issuer', 'token_endpoint']) {
    const value = json[field];
    if (typeof value !== 'string') continue;
    let segment: string;
    try {
      segment = new URL(value).pathname.split('/')[1] ?? '';
    } catch {
      continue;
    }
    if (GUID.test(segment)) {
      const tenantId = segment.toLowerCase();
      return { ok: true, value: { tenantId: tenantId === CONSUMER_TENANT ? null : tenantId } };
    }
  }
  return badBody('OpenID configuration has no tenant GUID in issuer or token_endpoint');
}

/** AADSTS90002 / invalid_tenant, with 400 or 404: the domain has no tenant. That is an answer. */
function isNoTenant(result: Extract<HttpResult, { ok: false }>): boolean {
  if (result.kind !== 'http' || (result.status !== 400 && result.status !== 404) || !isObject(result.body)) return false;
  const { error, error_codes: codes, error_description: description } = result.body;
  return error === 'invalid_tenant' || (Array.isArray(codes) && codes.includes(90002)) || (typeof description === 'string' && description.includes('AADSTS90002'));
}

/** The three public, unauthenticated Entra endpoints (see shared/reference/entra-endpoints.md §1–3). */
export class HttpEntraClient implements EntraSignals {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly http: HttpClient,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  async userRealm(address: string): Promise<Signal<RealmAnswer>> {
    const query = new URLSearchParams({ user: address, 'api-version': '2.1', checkForMicrosoftAccount: 'true' });
    const result = await this.http.request({ url: `${this.baseUrl}/common/userrealm?${query}` });
    return result.ok ? parseRealm(result.json) : failed(result);
  }

  async credentialType(address: string): Promise<Signal<CredentialAnswer>> {
    const result = await this.http.request({
      method: 'POST',
      url: `${this.baseUrl}/common/GetCredentialType`,
      body: {
        username: address,
        isOtherIdpSupported: true,
        checkPhones: false,
        isRemoteNGCSupported: true,
        isCookieBannerShown: false,
        isFidoSupported: true,
        originalRequest: '',
        flowToken: '',
      },
    });
    return result.ok ? parseCredentialType(result.json) : failed(result);
  }

  async tenant(asciiDomain: string): Promise<Signal<TenantAnswer>> {
    const result = await this.http.request({ url: `${this.baseUrl}/${encodeURIComponent(asciiDomain)}/v2.0/.well-known/openid-configuration` });
    if (result.ok) return parseOpenIdConfiguration(result.json);
    return isNoTenant(result) ? { ok: true, value: { tenantId: null } } : failed(result);
  }
}

/** The diagnosis service wired to Entra over HTTP with the configured lookup policy. */
export function createDiagnosisService(config: Config, cache: KeyValueStore, audit?: LookupAudit): DiagnosisService {
  const { timeoutMs, retries, perHostConcurrency, cacheTtlSeconds } = config.lookup;
  const http = new HttpClient({ timeoutMs, retries, perHostConcurrency });
  return new DiagnosisService({ entra: new HttpEntraClient(config.entraLoginUrl, http), cache, cacheTtlSeconds, audit });
}
