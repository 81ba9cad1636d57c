/**
 * Downloads a file a person sent the bot in Teams (an attachment of type
 * application/vnd.microsoft.teams.file.download.info carries a pre-authenticated
 * `downloadUrl`). The URL comes from the activity, so it is untrusted: it is fetched only
 * over https, only from a host FILE_DOWNLOAD_HOSTS allows, never following a redirect to
 * another host, within a size cap and a timeout.
 */

/** The most a list file may be: far above 20,000 lines of addresses (recipients.ts caps the rows). */
export const FILE_DOWNLOAD_MAX_BYTES = 2_000_000;
export const FILE_DOWNLOAD_TIMEOUT_MS = 15_000;
/** Redirects followed, each to the same host. */
const MAX_REDIRECTS = 3;

export type FileDownloadProblem = 'not-allowed' | 'redirect' | 'too-large' | 'failed';

export type FileDownload = { ok: true; text: string } | { ok: false; problem: FileDownloadProblem };

/** Whether `host` is one of `patterns`: an exact name, or `*.domain` for any name under the domain (not the domain itself). */
export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  const name = host.toLowerCase();
  return patterns.some((pattern) => (pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1 : name === pattern));
}

/** The URL when it may be fetched: https, no credentials in it, an allowed host. */
function allowedUrl(raw: string, patterns: readonly string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return undefined;
  return hostAllowed(url.hostname, patterns) ? url : undefined;
}

/** The body, read until it ends or passes `max` bytes (then undefined: the rest is never read). */
async function capped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) return undefined;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export interface FileDownloadOptions {
  allowedHosts: readonly string[];
  maxBytes?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The file's text (UTF-8, a byte-order mark dropped), or why it was not read. */
export async function downloadFile(downloadUrl: string, opts: FileDownloadOptions): Promise<FileDownload> {
  const first = allowedUrl(downloadUrl, opts.allowedHosts);
  if (!first) return { ok: false, problem: 'not-allowed' };
  const get = opts.fetch ?? fetch;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? FILE_DOWNLOAD_TIMEOUT_MS);
  let url = first;
  try {
    for (let hop = 0; ; hop++) {
      const response = await get(url, { redirect: 'manual', signal, headers: { accept: 'text/csv, text/plain, */*' } });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        const next = location ? allowedUrl(new URL(location, url).toString(), opts.allowedHosts) : undefined;
        if (!next || next.host !== first.host || hop >= MAX_REDIRECTS) return { ok: false, problem: 'redirect' };
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, problem: 'failed' };
      }
      const bytes = await capped(response, opts.maxBytes ?? FILE_DOWNLOAD_MAX_BYTES);
      if (!bytes) return { ok: false, problem: 'too-large' };
      return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
    }
  } catch {
    return { ok: false, problem: 'failed' };
  }
}
