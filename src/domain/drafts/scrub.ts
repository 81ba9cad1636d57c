/**
 * People paste error text straight from a browser or a console, sometimes with a token
 * or a password in it. A draft leaves for Microsoft Support, so anything secret-looking
 * is replaced before it reaches one.
 */
export const REMOVED = '[removed]';

/** `name=value` / `name: value` pairs whose value is a secret; the name stays for context. */
const SECRET_ASSIGNMENT =
  /\b(client[_-]?secret|password|passwd|pwd|secret|api[_-]?key|access[_-]?token|refresh[_-]?token|id[_-]?token|token|accountkey|sharedaccesskey|sig)(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&;,]+)/gi;
const PASSWORD_SENTENCE = /\b(password\s+is\s+)(\S+)/gi;
const BEARER = /\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi;
/** A JWT: base64url of '{"' starts with eyJ; with or without its other segments. */
const JWT = /\beyJ[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*){0,2}/g;
/** Key material: long base64/hex runs. Hyphens end a run, so GUIDs (trace ids, tenant ids) survive. */
const LONG_RUN = /[A-Za-z0-9+/_]{33,}={0,2}/g;

export function scrubSecrets(text: string): string {
  return text
    .replace(JWT, REMOVED)
    .replace(BEARER, `Bearer ${REMOVED}`)
    .replace(SECRET_ASSIGNMENT, (_match, name: string, separator: string) => `${name}${separator}${REMOVED}`)
    .replace(PASSWORD_SENTENCE, (_match, lead: string) => `${lead}${REMOVED}`)
    .replace(LONG_RUN, REMOVED);
}
