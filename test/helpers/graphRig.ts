import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startGraphFake, type GraphFake } from '../fakes/graphFake';
import { createTestCertificate, type TestCertificate } from '../fakes/testCertificate';

/** The app the Graph integration tests sign in as, in the fake's one tenant. */
export const GRAPH_APP = { tenantId: '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d', clientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b', clientSecret: 'test-secret-value' };

/** The loopback HTTPS fake of Entra ID and Graph with its self-signed certificate, in a temporary folder. */
export interface GraphRig {
  dir: string;
  certificate: TestCertificate;
  fake: GraphFake;
  /** The bot's settings for Graph with a client secret, against the fake; `extra` adds or overrides. */
  env(extra?: Record<string, string>): Record<string, string>;
}

/** Starts the fake before the file's tests and stops it after; its fields are set once they run. */
export function useGraphFake(prefix: string): GraphRig {
  const rig = {
    env: (extra: Record<string, string> = {}) => ({
      GRAPH_AUTH: 'secret',
      GRAPH_CLIENT_ID: GRAPH_APP.clientId,
      GRAPH_TENANT_ID: GRAPH_APP.tenantId,
      GRAPH_CLIENT_SECRET: GRAPH_APP.clientSecret,
      GRAPH_URL: rig.fake.url,
      AZURE_AUTHORITY_HOST: rig.fake.url,
      ...extra,
    }),
  } as unknown as GraphRig;
  beforeAll(async () => {
    rig.dir = mkdtempSync(join(tmpdir(), prefix));
    rig.certificate = await createTestCertificate(rig.dir);
    rig.fake = await startGraphFake(rig.certificate, GRAPH_APP);
  });
  afterAll(async () => {
    await rig.fake?.close();
    rmSync(rig.dir, { recursive: true, force: true });
  });
  return rig;
}
