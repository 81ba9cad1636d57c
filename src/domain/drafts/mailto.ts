/**
 * `mailto:` links per RFC 6068: header values percent-encoded as UTF-8 with
 * encodeURIComponent semantics (so a space is %20, never '+'), line breaks as CRLF.
 * Mail clients and browsers drop or cut long links, so the whole URL is capped.
 */
export const MAILTO_MAX_LENGTH = 2000;

export interface Mailto {
  url: string;
  truncated: boolean;
}

const ENCODED_CRLF = '%0D%0A';

/** Lone surrogates cannot be encoded as UTF-8 (encodeURIComponent throws); U+FFFD stands in. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function encode(text: string): string {
  return encodeURIComponent(wellFormed(text));
}

/** Keeps '@' literal: some clients do not decode %40 in the address part. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? encode(address) : `${encode(address.slice(0, at))}@${encode(address.slice(at + 1))}`;
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** The longest prefix of `text` whose encoding fits `budget`, cut between characters, with '…'. */
function encodedPrefix(text: string, budget: number): string {
  const ellipsis = encode('…');
  let out = '';
  for (const char of wellFormed(text)) {
    const next = encodeURIComponent(char);
    if (out.length + next.length + ellipsis.length > budget) break;
    out += next;
  }
  return out + ellipsis;
}

/** `shortened` ends a body that had to be cut, saying where the rest is. */
export function buildMailto(to: string, subject: string, body: string, shortened: string, maxLength = MAILTO_MAX_LENGTH): Mailto {
  const prefix = `mailto:${encodeAddress(to)}?subject=`;
  const subjectBudget = maxLength - prefix.length - '&body='.length - encode(shortened).length;
  const subjectFits = encode(subject).length <= subjectBudget;
  const head = `${prefix}${subjectFits ? encode(subject) : encodedPrefix(subject, subjectBudget)}&body=`;
  const bodyLines = lines(body).map(encode);
  const full = bodyLines.join(ENCODED_CRLF);
  if (subjectFits && head.length + full.length <= maxLength) return { url: head + full, truncated: false };

  // Keep whole lines while they fit together with the note saying where the rest is.
  const tail = `${ENCODED_CRLF}${ENCODED_CRLF}${encode(shortened)}`;
  const budget = maxLength - head.length - tail.length;
  const kept: string[] = [];
  let length = 0;
  for (const line of bodyLines) {
    const added = (kept.length ? ENCODED_CRLF.length : 0) + line.length;
    if (length + added > budget) break;
    kept.push(line);
    length += added;
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  const cut = kept.length ? kept.join(ENCODED_CRLF) + tail : encode(shortened);
  return { url: head + cut, truncated: true };
}
