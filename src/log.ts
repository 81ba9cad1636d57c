import pino, { type Logger } from 'pino';

export type { Logger };

// Format characters (zero-width, bidi) count too: they must not hide an address from the redactor.
const LOCAL_CHARACTER = String.raw`\p{L}\p{M}\p{N}\p{Cf}._%+\-`;
const DOMAIN_CHARACTER = String.raw`\p{L}\p{M}\p{N}\p{Cf}\-`;
/**
 * An e-mail address, in any script (jürgen@bücher.de, 用户@例子.广告). Linear: a match may
 * start only where a run of address characters starts (the lookbehind), so a long run with
 * no @ is scanned once rather than once from each of its characters.
 */
const EMAIL = new RegExp(`(?<![${LOCAL_CHARACTER}])[${LOCAL_CHARACTER}]+@[${DOMAIN_CHARACTER}]+(?:\\.[${DOMAIN_CHARACTER}]+)+`, 'gu');
/** An address's domain has a label of letters after a dot (com, de, 广告); "pkg@1.2.3" is a version. */
const LETTER_LABEL = /\.[\p{L}\p{M}]{2,}(?:\.|$)/u;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const SECRET_PARAM = /\b(client_secret|access_token|refresh_token|password|sig|code)=([^&\s"]+)/gi;

/** Masks e-mail addresses (keeping the domain, useful for support) and anything token-like. */
export function redactText(text: string): string {
  return text
    .replace(JWT, '[token]')
    .replace(BEARER, '$1[token]')
    .replace(SECRET_PARAM, '$1=[redacted]')
    .replace(EMAIL, (address) => {
      const domain = address.slice(address.indexOf('@') + 1);
      return LETTER_LABEL.test(domain) ? `***@${domain}` : address;
    });
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: redactText(value.message), stack: value.stack && redactText(value.stack) };
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = /secret|password|token|authorization|cookie|connectionstring/i.test(key) ? '[redacted]' : redactValue(v, depth + 1);
  }
  return out;
}

/**
 * Structured JSON logs. Every field and message passes through the redactor, so an
 * address or token that reaches a log line by accident is masked all the same.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'vl-signin-assistant' },
      formatters: {
        log: (object) => redactValue(object, 0) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? redactText(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
