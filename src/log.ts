import pino, { type Logger } from 'pino';

export type { Logger };

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const JWT = /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const SECRET_PARAM = /\b(client_secret|access_token|refresh_token|password|sig|code)=([^&\s"]+)/gi;

/** Masks e-mail addresses (keeping the domain, useful for support) and anything token-like. */
export function redactText(text: string): string {
  return text
    .replace(JWT, '[token]')
    .replace(BEARER, '$1[token]')
    .replace(SECRET_PARAM, '$1=[redacted]')
    .replace(EMAIL, (address) => `***@${address.slice(address.indexOf('@') + 1)}`);
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
