import { writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface TestCertificate {
  cert: string;
  key: string;
  /** The certificate alone (PEM): for NODE_EXTRA_CA_CERTS. */
  certPath: string;
  /** Private key and certificate in one PEM: what ClientCertificateCredential reads. */
  keyAndCertPath: string;
}

/** A self-signed certificate for 127.0.0.1 and localhost, written into `dir`. */
export async function createTestCertificate(dir: string): Promise<TestCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    algorithm: 'sha256',
    keySize: 2048,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const certPath = join(dir, 'test-ca.pem');
  const keyAndCertPath = join(dir, 'test-key-and-cert.pem');
  writeFileSync(certPath, pems.cert);
  writeFileSync(keyAndCertPath, `${pems.private}\n${pems.cert}`);
  return { cert: pems.cert, key: pems.private, certPath, keyAndCertPath };
}

/**
 * A `fetch` that trusts `ca`. Node's global fetch only takes a CA through an undici Agent,
 * and undici is not importable here (it is bundled inside Node), so this speaks HTTPS through
 * node:https with the CA passed explicitly: no process-wide trust is changed.
 */
export function fetchTrusting(ca: string): typeof fetch {
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const req = request(
        new URL(String(input)),
        { method: init.method ?? 'GET', headers: init.headers as Record<string, string>, ca, signal: init.signal ?? undefined },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
              if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
            }
            resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers }));
          });
        },
      );
      req.on('error', reject);
      if (typeof init.body === 'string') req.write(init.body);
      req.end();
    });
}
