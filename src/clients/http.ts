/**
 * JSON over HTTP on the global `fetch`, with the resilience every outbound call needs:
 * a per-attempt timeout, a cap on requests in flight per host, and bounded retries with
 * jittered backoff on 429, 5xx and dropped connections (honouring `Retry-After`).
 * It never throws: every outcome is an `HttpResult` the caller can name in its answer.
 * Retries assume the request is safe to repeat (true of the Entra lookups and Graph reads); a
 * request that is not says `retries: 0` and reads the failure's `retryAfterMs` itself.
 */

export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** JSON-encoded when present. */
  body?: unknown;
  /**
   * Overrides the policy's retries for this request: 0 for a request that is not safe to
   * repeat, or whose caller handles 429 and Retry-After itself (the failure carries it).
   */
  retries?: number;
}

export interface HttpPolicy {
  timeoutMs: number;
  retries: number;
  /** Longest `Retry-After` worth waiting for; a longer one ends the request as throttled. Default 30 s. */
  maxRetryAfterMs?: number;
  perHostConcurrency: number;
}

export type HttpResult =
  | { ok: true; status: number; json: unknown; headers: Headers }
  | { ok: false; kind: 'timeout' | 'network' | 'http' | 'throttled' | 'bad-body'; status?: number; detail: string; body?: unknown; /** A 429's or 5xx's `Retry-After`, in ms from now. */ retryAfterMs?: number };

type Failure = Extract<HttpResult, { ok: false }>;

interface HttpClientOptions {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetchImpl?: typeof fetch;
}

const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
const BACKOFF_BASE_MS = 250;
const BACKOFF_MAX_MS = 8_000;

/** Counts permits; waiters are served in arrival order. */
class Semaphore {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : undefined;
  return code ? `${error.message} (${code})` : error.message;
}

export class HttpClient {
  private readonly hosts = new Map<string, Semaphore>();
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly fetchImpl: typeof fetch;

  constructor(
    private readonly policy: HttpPolicy,
    opts: HttpClientOptions = {},
  ) {
    this.sleep = opts.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = opts.random ?? Math.random;
    this.fetchImpl = opts.fetchImpl ?? fetch;
  }

  async request(req: HttpRequest): Promise<HttpResult> {
    let host: string;
    try {
      host = new URL(req.url).host;
    } catch {
      return { ok: false, kind: 'network', detail: `not a URL: ${req.url}` };
    }
    for (let attempt = 0; ; attempt++) {
      const result = await this.attemptWithinHostLimit(host, req);
      if (result.ok || !this.retryable(result)) return result;
      const { retryAfterMs } = result;
      const maxWait = this.policy.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
      if (retryAfterMs !== undefined && retryAfterMs > maxWait) {
        return { ...result, detail: `${result.detail}; Retry-After ${Math.ceil(retryAfterMs / 1000)} s is longer than we wait` };
      }
      if (attempt >= (req.retries ?? this.policy.retries)) {
        return attempt === 0 ? result : { ...result, detail: `${result.detail}; gave up after ${attempt + 1} attempts` };
      }
      await this.sleep(retryAfterMs ?? this.backoff(attempt));
    }
  }

  /** Timeouts are not retried: a stalled service rarely answers the next attempt, and the caller's wait stays bounded by `timeoutMs`. */
  private retryable(result: Failure): boolean {
    return result.kind === 'throttled' || result.kind === 'network' || (result.kind === 'http' && (result.status ?? 0) >= 500);
  }

  /** Exponential backoff with jitter between half and the full step, so clients that failed together do not retry together. */
  private backoff(attempt: number): number {
    const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt);
    return Math.round(step * (0.5 + this.random() / 2));
  }

  private async attemptWithinHostLimit(host: string, req: HttpRequest): Promise<HttpResult> {
    let gate = this.hosts.get(host);
    if (!gate) {
      gate = new Semaphore(this.policy.perHostConcurrency);
      this.hosts.set(host, gate);
    }
    await gate.acquire();
    try {
      return await this.attempt(req);
    } finally {
      gate.release();
    }
  }

  private async attempt(req: HttpRequest): Promise<HttpResult> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.policy.timeoutMs);
    const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    try {
      // The timer covers the whole exchange, body included: a body that stops mid-way is a timeout too.
      const response = await this.fetchImpl(req.url, {
        method: req.method ?? 'GET',
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: controller.signal,
      });
      const text = await response.text();
      return this.interpret(response, text);
    } catch (error) {
      if (timedOut) return { ok: false, kind: 'timeout', detail: `no answer within ${this.policy.timeoutMs} ms` };
      return { ok: false, kind: 'network', detail: describe(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  private interpret(response: Response, text: string): HttpResult {
    let json: unknown = null;
    let parsed = true;
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text);
      } catch {
        parsed = false;
      }
    }
    const status = response.status;
    if (response.ok) {
      if (!parsed) return { ok: false, kind: 'bad-body', status, detail: `HTTP ${status} with a body that is not JSON` };
      return { ok: true, status, json, headers: response.headers };
    }
    const body = parsed ? json : undefined;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    if (status === 429) return { ok: false, kind: 'throttled', status, detail: 'HTTP 429 Too Many Requests', body, retryAfterMs };
    return { ok: false, kind: 'http', status, detail: `HTTP ${status}`, body, ...(status >= 500 && retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
}
