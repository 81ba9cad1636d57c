import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

/** An RSA signing key with the id a JWKS publishes it under. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function createSigningKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** The public half as a JSON Web Key (n and e, base64url), as a JWKS lists it. */
export function publicJwk(key: SigningKey): { kty: string; use: string; kid: string; n: string; e: string } {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  return { kty: 'RSA', use: 'sig', kid: key.kid, n: String(n), e: String(e) };
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT over `claims`, signed by `key` and naming `kid` in its header (they may differ, to forge). */
export function signJwt(claims: Record<string, unknown>, key: SigningKey, kid: string = key.kid): string {
  const signed = `${base64url({ alg: 'RS256', typ: 'JWT', kid })}.${base64url(claims)}`;
  const signature = sign('sha256', Buffer.from(signed), key.privateKey).toString('base64url');
  return `${signed}.${signature}`;
}
