import { describe, expect, it } from 'vitest';
import type { TableClient, TransactionAction } from '@azure/data-tables';
import { isOpen, type CardLocation, type Case, type PendingPost } from '../../src/domain/cases/case';
import { dropPost, recordCard, recordFailure } from '../../src/domain/cases/outbox';
import { CaseConflict, OpenCaseExists, OutboxConflict } from '../../src/domain/stores/ports';
import { caseTableName, keyPart, tableUrlFromBlobUrl } from '../../src/storage/azureTables';
import { StorageOpenError } from '../../src/storage/storageOpenError';
import { CaseTooLarge, descending, PARTITION } from '../../src/storage/tableCaseRows';
import { TableCaseRepository } from '../../src/storage/tableCases';
import {
  applied,
  channelPost,
  helpdesk,
  HELPDESK_CHANNEL,
  minutes,
  race,
  runCaseRepositoryContract,
  sampleCase,
  sampleRequester,
} from '../contracts/caseRepository.contract';
import { freshPrefix, useAzurite } from '../helpers/azurite';

const { tableClient } = useAzurite();

const caseTable = (prefix: string) => tableClient(caseTableName(prefix));
const repoOn = (prefix: string) => new TableCaseRepository(caseTable(prefix));

async function rowKeys(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const row of caseTable(prefix).listEntities({ queryOptions: { select: ['rowKey'] } })) keys.push(String(row.rowKey));
  return keys;
}

/** A row of the first layout: the kinds it alone had, or a case, guard or open row without a tenant part. */
const isLegacyRow = (rowKey: string) => {
  const [kind, ...parts] = rowKey.split('!');
  if (kind === 'due-post' || kind === 'tenant-created') return true;
  const tenantFirstParts: Record<string, number> = { case: 2, guard: 3, open: 3, created: 3, assignee: 4, requester: 3 };
  return kind in tenantFirstParts && parts.length < tenantFirstParts[kind];
};

runCaseRepositoryContract('Azure Tables (Azurite)', async () => repoOn(freshPrefix()));

describe('TableCaseRepository on Azurite', () => {
  it('lets exactly one of two instances save over the same version; the loser gets the winner’s case', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    const { case: c } = await one.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
    const hana = { id: 'aad-hd-1', name: 'Hana Help' };
    const ivo = { id: 'aad-hd-2', name: 'Ivo' };
    const { won, lost } = await race([
      one.save(applied(c, { type: 'assign', assignee: hana }, minutes(1)), 1),
      two.save(applied(c, { type: 'assign', assignee: ivo }, minutes(1)), 1),
    ]);
    expect(lost).toBeInstanceOf(CaseConflict);
    const stored = await two.get('tenant-a', 'VL-AAAAAAAA');
    expect(stored).toEqual(won);
    expect((lost as CaseConflict).current).toEqual(stored);
    expect(await one.listAssignedTo('tenant-a', stored?.assignee?.id as string)).toEqual([stored]);
    expect(await one.listUnassigned('tenant-a')).toEqual([]);
  });

  it('lets exactly one of two instances insert an open case for the same requester and address', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    const { won, lost } = await race([
      one.insert(sampleCase({ id: 'VL-AAAAAAAA', address: 'ann@contoso.com' })),
      two.insert(sampleCase({ id: 'VL-BBBBBBBB', address: 'ANN@contoso.com' })),
    ]);
    expect(lost).toBeInstanceOf(OpenCaseExists);
    const winner = won.case.id;
    expect((lost as OpenCaseExists).existingId).toBe(winner);
    expect((await two.listOpen('tenant-a')).map((c) => c.id)).toEqual([winner]);
    expect(await one.listByRequester('tenant-a', 'aad-ann')).toHaveLength(1);
    // The loser's outbox was never written.
    const loser = winner === 'VL-AAAAAAAA' ? 'VL-BBBBBBBB' : 'VL-AAAAAAAA';
    expect(await two.getOutbox('tenant-a', loser)).toBeUndefined();
    expect(await two.getOutbox('tenant-a', winner)).toEqual(won.outbox);
  });

  it('round-trips a case far larger than one 64 KiB property, split across several', async () => {
    const prefix = freshPrefix();
    const repo = repoOn(prefix);
    const { case: inserted } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
    // Notes are capped at 2,000 characters, so it takes many; surrogate pairs throughout,
    // so a cut between the halves of one would show.
    let c = inserted;
    for (let i = 0; i < 60; i++) c = applied(c, { type: 'add-note', text: `${i} ${'Anruf 🧑‍💻 — '.repeat(200)}` }, minutes(i + 1));
    const saved = await repo.save(c, inserted.version);
    expect(JSON.stringify(saved).length).toBeGreaterThan(100_000);
    expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(saved);
    const entity = await caseTable(prefix).getEntity<Record<string, unknown>>(PARTITION, 'case!tenant-a!VL-AAAAAAAA');
    expect(Number(entity.bodyParts)).toBeGreaterThan(2);
    for (let i = 0; i < Number(entity.bodyParts); i++) expect(String(entity[`body${i}`]).length).toBeLessThanOrEqual(32_768);
  });

  it('refuses a case too large for one entity, keeping the stored one', async () => {
    const repo = repoOn(freshPrefix());
    const { case: inserted } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
    let c = inserted;
    for (let i = 0; i < 260; i++) c = applied(c, { type: 'add-note', text: 'x'.repeat(2_000) }, minutes(1));
    await expect(repo.save(c, inserted.version)).rejects.toBeInstanceOf(CaseTooLarge);
    expect(await repo.get('tenant-a', 'VL-AAAAAAAA')).toEqual(inserted);
  });

  it('keeps the case and its index rows in step: a listing shows each case as stored', async () => {
    const prefix = freshPrefix();
    const repo = repoOn(prefix);
    const { case: c } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }));
    const assigned = await repo.save(applied(c, { type: 'assign', assignee: helpdesk() }, minutes(1)), 1);
    const rows = await rowKeys(prefix);
    expect(rows.filter((r) => r.startsWith('open!tenant-a!'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('assignee!tenant-a!aad-hd-1!'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('guard!tenant-a!aad-ann!'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('remind!'))).toEqual([]);
    expect(await repo.listOpen('tenant-a')).toEqual([assigned]);
    const closed = await repo.save(applied(assigned, { type: 'close' }, minutes(2)), 2);
    expect((await rowKeys(prefix)).filter((r) => /^(open|assignee|guard)!/.test(r))).toEqual([]);
    expect(await repo.listByRequester('tenant-a', 'aad-ann')).toEqual([closed]);
  });

  it('writes a new case, its outbox and the rows of both in one transaction, and an outbox save touches nothing of the case', async () => {
    const prefix = freshPrefix();
    const repo = repoOn(prefix);
    const { case: c, outbox } = await repo.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
    const due = `due!${minutes(0).toISOString()}!tenant-a!VL-AAAAAAAA`;
    const keys = await rowKeys(prefix);
    expect(keys).toHaveLength(8);
    expect(keys).toEqual(
      expect.arrayContaining([
        'case!tenant-a!VL-AAAAAAAA',
        'outbox!tenant-a!VL-AAAAAAAA',
        `created!tenant-a!${c.createdAt}!VL-AAAAAAAA`,
        'guard!tenant-a!aad-ann!ann@contoso.com',
        `open!tenant-a!${c.createdAt}!VL-AAAAAAAA`,
        `remind!${c.createdAt}!tenant-a!VL-AAAAAAAA`,
        due,
        expect.stringMatching(/^requester!tenant-a!aad-ann!/),
      ]),
    );
    const caseEntity = () => caseTable(prefix).getEntity(PARTITION, 'case!tenant-a!VL-AAAAAAAA');
    const before = (await caseEntity()).etag;
    await repo.saveOutbox(dropPost(outbox, { kind: 'channel', target: HELPDESK_CHANNEL }, minutes(1)), 1);
    const after = await rowKeys(prefix);
    expect(after).not.toContain(due);
    expect(after).toContain(`unrouted!tenant-a!${c.createdAt}!VL-AAAAAAAA`);
    expect(after).toContain(`unrouted-all!${c.createdAt}!tenant-a!VL-AAAAAAAA`);
    expect((await caseEntity()).etag).toBe(before);
  });

  it('lets exactly one of two instances save over the same outbox version; the loser gets the winner’s outbox', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    const { outbox } = await one.insert(sampleCase({ id: 'VL-AAAAAAAA' }), channelPost(minutes(0)));
    const card = (activityId: string) => ({ kind: 'channel' as const, conversationId: HELPDESK_CHANNEL, activityId });
    const { won, lost } = await race([
      one.saveOutbox(recordCard(outbox, HELPDESK_CHANNEL, card('1:1'), minutes(1)), 1),
      two.saveOutbox(recordFailure(outbox, { kind: 'channel', target: HELPDESK_CHANNEL }, 'HTTP 502', minutes(1)), 1),
    ]);
    expect(lost).toBeInstanceOf(OutboxConflict);
    const stored = await two.getOutbox('tenant-a', 'VL-AAAAAAAA');
    expect(stored).toEqual(won);
    expect((lost as OutboxConflict).current).toEqual(stored);
    // The index rows are the winner's: due again after a failure, not due once posted.
    expect(await one.listDueOutboxes(minutes(60))).toEqual(stored?.pending.length ? [stored] : []);
  });
});

describe('moving cases of the first layout (no tenant in the keys, delivery inside the case)', () => {
  interface LegacyDelivery {
    cards: CardLocation[];
    pendingPosts: PendingPost[];
  }

  /** Writes `c` with its index rows as the first layout did. */
  async function writeLegacyCase(table: TableClient, c: Case, { cards, pendingPosts }: LegacyDelivery): Promise<void> {
    const { tenantId: _tenantId, version, ...body } = c;
    const id = keyPart(c.id);
    const at = `${c.createdAt}!${id}`;
    const due = pendingPosts.map((p) => p.nextAttemptAt).sort()[0];
    const counted = { caseId: c.id, category: c.category, status: c.status, verdict: c.diagnosis.verdict, createdAt: c.createdAt, resolvedAt: c.resolvedAt ?? '' };
    const rows: Array<{ rowKey: string; properties: Record<string, string | boolean> }> = [
      { rowKey: `requester!${keyPart(c.requester.aadObjectId)}!${descending(c.createdAt)}${descending(id)}`, properties: { caseId: c.id } },
      { rowKey: `created!${at}`, properties: counted },
      ...(c.requester.tenantId === undefined ? [] : [{ rowKey: `tenant-created!${keyPart(c.requester.tenantId)}!${at}`, properties: counted }]),
      ...(isOpen(c.status)
        ? [
            { rowKey: `guard!${keyPart(c.requester.aadObjectId)}!${keyPart(c.address.toLowerCase())}`, properties: { caseId: c.id } },
            {
              rowKey: `open!${at}`,
              properties: { caseId: c.id, category: c.category, tenantId: c.requester.tenantId ?? '', assigned: c.assignee !== undefined, reminded: c.remindedAt !== undefined },
            },
            ...(c.assignee ? [{ rowKey: `assignee!${keyPart(c.assignee.id)}!${at}`, properties: { caseId: c.id, category: c.category, tenantId: c.requester.tenantId ?? '' } }] : []),
          ]
        : []),
      ...(due === undefined ? [] : [{ rowKey: `due-post!${due}!${id}`, properties: { caseId: c.id } }]),
    ];
    await table.submitTransaction([
      ['create', { partitionKey: PARTITION, rowKey: `case!${id}`, version, bodyParts: 1, body0: JSON.stringify({ ...body, cards, pendingPosts }), rows: JSON.stringify(rows) }],
      ...rows.map((r): TransactionAction => ['create', { partitionKey: PARTITION, rowKey: r.rowKey, ...r.properties }]),
    ]);
  }

  const card: CardLocation = { kind: 'channel', conversationId: HELPDESK_CHANNEL, activityId: '1:1', postedAt: minutes(1).toISOString() };
  const failedPost: PendingPost = { kind: 'admin', target: 'aad-admin', attempts: 2, lastError: 'HTTP 502', nextAttemptAt: minutes(10).toISOString() };
  const assigned = { ...applied(sampleCase({ id: 'VL-AAAAA' }), { type: 'assign', assignee: helpdesk() }, minutes(1)), version: 3 };
  const noTenant = { ...sampleCase({ id: 'VL-BBBBB', requester: { ...sampleRequester('aad-bob'), tenantId: undefined }, tenantId: '', at: minutes(2) }), version: 1 };
  const closed = { ...applied(sampleCase({ id: 'VL-CCCCC', address: 'c@contoso.com', at: minutes(3) }), { type: 'close' }, minutes(4)), version: 2 };
  const later = { ...sampleCase({ id: 'VL-DDDDD', requester: sampleRequester('aad-dan', 'tenant-b'), at: minutes(5) }), version: 1 };

  it('rewrites each case under its tenant with its outbox, deletes the old rows, once, whoever runs it', async () => {
    const prefix = freshPrefix();
    const table = caseTable(prefix);
    await table.createTable();
    await writeLegacyCase(table, assigned, { cards: [card], pendingPosts: [failedPost] });
    await writeLegacyCase(table, noTenant, { cards: [], pendingPosts: [] });
    await writeLegacyCase(table, closed, { cards: [card], pendingPosts: [] });
    // Two instances start at once.
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    await Promise.all([one.verify(), two.verify()]);

    expect(await one.get('tenant-a', 'VL-AAAAA')).toEqual(assigned);
    expect(await one.getOutbox('tenant-a', 'VL-AAAAA')).toEqual({
      tenantId: 'tenant-a',
      caseId: 'VL-AAAAA',
      version: 1,
      cards: [card],
      pending: [failedPost],
      updatedAt: assigned.updatedAt,
    });
    expect(await one.get('', 'VL-BBBBB')).toEqual(noTenant);
    expect(await one.getOutbox('', 'VL-BBBBB')).toMatchObject({ version: 1, cards: [], pending: [] });
    expect(await one.get('tenant-a', 'VL-CCCCC')).toEqual(closed);
    expect(await one.findOpen('tenant-a', 'aad-ann', 'ANN@contoso.com')).toEqual(assigned);
    expect(await one.listAssignedTo('tenant-a', 'aad-hd-1')).toEqual([assigned]);
    expect((await one.listByRequester('tenant-a', 'aad-ann')).map((c) => c.id)).toEqual(['VL-CCCCC', 'VL-AAAAA']);
    expect((await one.listDueOutboxes(minutes(10))).map((o) => o.caseId)).toEqual(['VL-AAAAA']);
    expect((await one.listUnrouted()).map((p) => p.case.id)).toEqual(['VL-BBBBB']);
    expect((await one.listToRemind(0, minutes(60))).map((c) => c.id)).toEqual(['VL-BBBBB']);
    expect((await one.stats('tenant-a')).total).toBe(2);
    await expect(one.insert(sampleCase({ id: 'VL-EEEEEEEE', at: minutes(6) }))).rejects.toBeInstanceOf(OpenCaseExists);

    const keys = await rowKeys(prefix);
    expect(keys.filter(isLegacyRow)).toEqual([]);
    expect(keys.filter((k) => k.startsWith('case!'))).toHaveLength(3);
    expect(keys.filter((k) => k.startsWith('outbox!'))).toHaveLength(3);
    expect((await table.getEntity(PARTITION, 'meta!schema')).schema).toBe(2);
  });

  it('finishes a move that was stopped halfway, leaving what it had moved as it was', async () => {
    const prefix = freshPrefix();
    const table = caseTable(prefix);
    await table.createTable();
    await writeLegacyCase(table, assigned, { cards: [card], pendingPosts: [failedPost] });
    await repoOn(prefix).verify();
    const moved = await rowKeys(prefix);
    // As if the first run had stopped before this case and before recording the layout.
    await writeLegacyCase(table, later, { cards: [], pendingPosts: [failedPost] });
    await table.deleteEntity(PARTITION, 'meta!schema');

    const repo = repoOn(prefix);
    await repo.verify();
    expect(await repo.get('tenant-b', 'VL-DDDDD')).toEqual(later);
    expect((await repo.listDueOutboxes(minutes(10))).map((o) => `${o.tenantId} ${o.caseId}`)).toEqual(['tenant-a VL-AAAAA', 'tenant-b VL-DDDDD']);
    const keys = await rowKeys(prefix);
    expect(keys.filter(isLegacyRow)).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(moved));
    expect(keys.filter((k) => k.startsWith('case!'))).toEqual(['case!tenant-a!VL-AAAAA', 'case!tenant-b!VL-DDDDD']);
  });
});

describe('the table endpoint for an Entra credential', () => {
  it('is the blob endpoint’s account in the same cloud', () => {
    expect(tableUrlFromBlobUrl('https://vlsastate.blob.core.windows.net/')).toBe('https://vlsastate.table.core.windows.net');
    expect(tableUrlFromBlobUrl('https://vlsastate.blob.core.chinacloudapi.cn')).toBe('https://vlsastate.table.core.chinacloudapi.cn');
    expect(() => tableUrlFromBlobUrl('https://storage.contoso.com')).toThrow(StorageOpenError);
    expect(() => tableUrlFromBlobUrl('https://storage.contoso.com')).toThrow(expect.objectContaining({ code: 'table' }));
  });
});
