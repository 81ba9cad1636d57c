import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startBot, type BotProcess } from './botProcess';
import { startFakeConnector, type FakeConnector } from './connector';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { ALEX, TeamsUser, TENANT_ID } from './teamsUser';

/** A bot process wired to a fake connector and a fake of the Entra endpoints. */
export interface JourneyRig {
  bot: BotProcess;
  connector: FakeConnector;
  entra: EntraFake;
  user(): TeamsUser;
  /** SIGKILLs the bot and starts it again on the same data; `whileStopped` runs in between (to change its files). */
  restart(whileStopped?: () => void | Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** Alex's Teams member profile, as the connector answers TeamsInfo.getMember. */
export function addAlexProfile(connector: FakeConnector): void {
  connector.members.set(ALEX.id, {
    id: ALEX.id,
    name: ALEX.name,
    aadObjectId: ALEX.aadObjectId,
    userPrincipalName: 'alex@contoso.com',
    email: 'alex.wilber@contoso.com',
    tenantId: TENANT_ID,
  });
}

export async function startJourneyRig(env: Record<string, string> = {}): Promise<JourneyRig> {
  const connector = await startFakeConnector();
  const entra = await startEntraFake();
  addAlexProfile(connector);
  const botEnv = { ENTRA_LOGIN_URL: entra.url, LOOKUP_TIMEOUT_MS: '2000', LOOKUP_RETRIES: '1', ...env };
  const rig: JourneyRig = {
    bot: await startBot(botEnv),
    connector,
    entra,
    user: () => new TeamsUser(rig.bot.url, connector.url),
    restart: async (whileStopped) => {
      await rig.bot.kill('SIGKILL');
      await whileStopped?.();
      rig.bot = await startBot(botEnv, rig.bot.dataDir);
    },
    close: async () => {
      await rig.bot.kill();
      await connector.close();
      await entra.close();
    },
  };
  return rig;
}

/**
 * A rig for the tests of the enclosing file or describe block: started before them, closed
 * after, with the Entra fake's faults and counts reset before each test. Returns a getter,
 * since the rig exists only once the tests run.
 */
export function useJourneyRig(env: Record<string, string> = {}): () => JourneyRig {
  let rig: JourneyRig | undefined;
  beforeAll(async () => {
    rig = await startJourneyRig(env);
  });
  afterAll(async () => {
    await rig?.close();
  });
  beforeEach(() => {
    rig?.entra.reset();
  });
  return () => {
    if (!rig) throw new Error('the journey rig is not started yet');
    return rig;
  };
}
