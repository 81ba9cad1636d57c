import { randomBytes, randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordCard } from '../../src/domain/cases/outbox';
import { OutboxConflict } from '../../src/domain/stores/ports';
import { mutateCase } from '../../src/domain/cases/repository';
import { caseTableName } from '../../src/storage/azureTables';
import { TableCaseRepository } from '../../src/storage/tableCases';
import { channelPost, helpdesk, HELPDESK_CHANNEL as HELPDESK_CHANNEL_ID, minutes, race, sampleCase } from '../contracts/caseRepository.contract';
import { startEntraFake, type EntraFake } from '../fakes/entraFake';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startBot, type BotProcess } from '../helpers/botProcess';
import { actions, actionTitled, allText, cardOf, type Json } from '../helpers/cards';
import { startFakeConnector, type FakeConnector } from '../helpers/connector';
import { TeamsUser, TENANT_ID, type UserIdentity } from '../helpers/teamsUser';
import { addAlexProfile } from '../helpers/journeyBot';

/**
 * Several instances behind one load balancer (App Service scale-out): consecutive turns of
 * one conversation may reach different instances, which share only the storage account.
 */

let azurite: Azurite;
let entra: EntraFake;
let connector: FakeConnector;
beforeAll(async () => {
  [azurite, entra, connector] = await Promise.all([startAzurite(), startEntraFake(), startFakeConnector()]);
  addAlexProfile(connector);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), entra?.close(), connector?.close()]);
});

const freshPrefix = () => `t${randomBytes(8).toString('hex')}`;

function lastCard(conversationId: string): Json {
  const sent = connector.sent(conversationId);
  return cardOf(sent[sent.length - 1]);
}

const HELPDESK_CHANNEL = '19:helpdesk-takeover@thread.tacv2';
const HANA: UserIdentity = { id: '29:hana', name: 'Hana Help', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000001' };
const IVO: UserIdentity = { id: '29:ivo', name: 'Ivo Desk', aadObjectId: 'bbbbbbbb-0000-0000-0000-000000000002' };

describe('two bot instances sharing Azure Storage', () => {
  const processes: BotProcess[] = [];
  const containers: string[] = [];
  let a: BotProcess;
  let b: BotProcess;
  let tablePrefix: string;
  beforeAll(async () => {
    const containerName = `test-${randomUUID().replace(/-/g, '')}`;
    containers.push(containerName);
    tablePrefix = freshPrefix();
    const env = {
      AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      AZURE_STORAGE_CONTAINER: containerName,
      AZURE_STORAGE_TABLE_PREFIX: tablePrefix,
      ENTRA_LOGIN_URL: entra.url,
      LOOKUP_TIMEOUT_MS: '2000',
      LOOKUP_RETRIES: '1',
      HELPDESK_CHANNELS: `${TENANT_ID}:takeover=${HELPDESK_CHANNEL}`,
    };
    [a, b] = await Promise.all([startBot(env), startBot(env)]);
    processes.push(a, b);
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    const blobs = BlobServiceClient.fromConnectionString(azurite.connectionString);
    await Promise.all(containers.map((name) => blobs.getContainerClient(name).deleteIfExists()));
  });

  /** Alex asks on A, answers the card on B: the verdict card for an unmanaged tenant. */
  async function diagnoseAcrossInstances(): Promise<{ alexOnA: TeamsUser; alexOnB: TeamsUser; verdict: Json }> {
    const alexOnA = new TeamsUser(a.url, connector.url);
    const alexOnB = new TeamsUser(b.url, connector.url, alexOnA.user, { id: alexOnA.conversationId });
    expect((await alexOnA.say('check my account')).status).toBe(200);
    const question = actionTitled(lastCard(alexOnA.conversationId), 'Check this address').data as Json;
    expect(question).toMatchObject({ verb: 'vlsa.account', cardId: expect.any(String), choice: expect.anything() });
    expect((await alexOnB.submit({ ...question, otherAddress: 'megan@fourthcoffee.xyz' })).status).toBe(200);
    return { alexOnA, alexOnB, verdict: lastCard(alexOnA.conversationId) };
  }

  it('continues a dialog started on one instance when the next turn reaches the other', async () => {
    const { verdict } = await diagnoseAcrossInstances();
    expect(allText(verdict)).toContain('unmanaged');
  });

  it('lets exactly one of two help-desk members assigning a case through different instances at once win', async () => {
    const { alexOnA, verdict } = await diagnoseAcrossInstances();
    const escalate = actions(verdict).find((action) => /escalate/.test(String((action.data as Json | undefined)?.verb)));
    expect((await alexOnA.submit(escalate?.data as Json)).status).toBe(200);
    // The case card opens a thread in the help-desk channel, then is updated in place.
    const thread = connector.calls.find((c) => c.path === '/v3/conversations' && JSON.stringify(c.body?.channelData).includes(HELPDESK_CHANNEL));
    const threadId = thread?.conversationId as string;
    const caseCard = cardOf(connector.updated(threadId).at(-1) ?? (thread?.body?.activity as Json));
    const assignToMe = actions(caseCard).find((action) => action.verb === 'case.assignToMe');
    const data = assignToMe?.data as { caseId: string; version: number };
    expect(data).toMatchObject({ caseId: expect.any(String), version: expect.any(Number) });

    const inChannel = { id: `${HELPDESK_CHANNEL};messageid=${threadId}`, type: 'channel' as const, teamId: '19:helpdesk-team@thread.tacv2', channelId: HELPDESK_CHANNEL };
    const [hanaOnA, ivoOnB] = [new TeamsUser(a.url, connector.url, HANA, inChannel), new TeamsUser(b.url, connector.url, IVO, inChannel)];
    const answers = await Promise.all([hanaOnA.execute('case.assignToMe', data), ivoOnB.execute('case.assignToMe', data)]);

    const stored = await new TableCaseRepository(
      TableClient.fromConnectionString(azurite.connectionString, caseTableName(tablePrefix), { allowInsecureConnection: true }),
    ).get(TENANT_ID, data.caseId);
    expect(stored).toMatchObject({ version: data.version + 1, status: 'assigned' });
    expect(stored?.history.filter((h) => h.action === 'assign')).toHaveLength(1);
    const winner = stored?.assignee?.name as string;
    const loser = winner === HANA.name ? IVO.name : HANA.name;
    // Both get a card back, the winner's updated one and the loser's current one: each names the winner only.
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const card = (answer.body as { value: Json }).value;
      expect(allText(card)).toContain(winner);
      expect(allText(card)).not.toContain(loser);
    }
  });
});

describe('two instances acting on one case at the same moment', () => {
  it('lets exactly one of two help-desk members assigning through different instances win; the other sees the winner', async () => {
    const table = caseTableName(freshPrefix());
    const instance = () => new TableCaseRepository(TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true }));
    const [one, two] = [instance(), instance()];
    const { case: c } = await one.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
    const hana = helpdesk('aad-hd-1', 'Hana Help');
    const ivo = helpdesk('aad-hd-2', 'Ivo');
    // Both cards showed version 1.
    const results = await Promise.all([
      mutateCase(one, c.id, hana, { type: 'assign', assignee: hana }, minutes(1), c.version),
      mutateCase(two, c.id, ivo, { type: 'assign', assignee: ivo }, minutes(1), c.version),
    ]);
    const stored = await two.get(c.tenantId, c.id);
    expect(stored?.version).toBe(2);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, case: stored }]);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ ok: false, conflict: true, current: stored })]);
    expect(stored?.history.filter((h) => h.action === 'assign')).toHaveLength(1);
    expect(await one.listAssignedTo(c.tenantId, stored?.assignee?.id as string)).toEqual([stored]);
  });

  it('lets exactly one of two instances recording a post on the same outbox version win; the case is untouched', async () => {
    const table = caseTableName(freshPrefix());
    const instance = () => new TableCaseRepository(TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true }));
    const [one, two] = [instance(), instance()];
    const { case: c, outbox } = await one.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
    // Each instance posted the card and records where it went.
    const posted = (activityId: string) => recordCard(outbox, HELPDESK_CHANNEL_ID, { kind: 'channel', conversationId: HELPDESK_CHANNEL_ID, activityId }, minutes(1));
    const { won, lost } = await race([one.saveOutbox(posted('1:1'), outbox.version), two.saveOutbox(posted('1:2'), outbox.version)]);
    const stored = await two.getOutbox(c.tenantId, c.id);
    expect(stored?.version).toBe(2);
    expect(won).toEqual(stored);
    expect(lost).toBeInstanceOf(OutboxConflict);
    expect((lost as OutboxConflict).current).toEqual(stored);
    expect(await one.get(c.tenantId, c.id)).toEqual(c);
  });
});
