import { randomBytes } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/domain/cases/case';
import { CaseConflict, OpenCaseExists } from '../../src/domain/cases/repository';
import { caseTableName, tableUrlFromBlobUrl, TableStorageOpenError } from '../../src/storage/azureTables';
import { CaseTooLarge, PARTITION } from '../../src/storage/tableCaseRows';
import { TableCaseRepository } from '../../src/storage/tableCases';
import { applied, helpdesk, minutes, runCaseRepositoryContract, sampleCase } from '../contracts/caseRepository.contract';
import { startAzurite, type Azurite } from '../helpers/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const freshPrefix = () => `t${randomBytes(8).toString('hex')}`;
const tableClient = (prefix: string) => TableClient.fromConnectionString(azurite.connectionString, caseTableName(prefix), { allowInsecureConnection: true });
const repoOn = (prefix: string) => new TableCaseRepository(tableClient(prefix));

runCaseRepositoryContract('Azure Tables (Azurite)', async () => repoOn(freshPrefix()));

describe('TableCaseRepository on Azurite', () => {
  it('lets exactly one of two instances save over the same version; the loser gets the winner’s case', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    const c = await one.insert(sampleCase({ id: 'VL-AAAAA' }));
    const hana = { id: 'aad-hd-1', name: 'Hana Help' };
    const ivo = { id: 'aad-hd-2', name: 'Ivo' };
    const results = await Promise.allSettled([
      one.save(applied(c, { type: 'assign', assignee: hana }, minutes(1)), 1),
      two.save(applied(c, { type: 'assign', assignee: ivo }, minutes(1)), 1),
    ]);
    const won = results.filter((r): r is PromiseFulfilledResult<Case> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(CaseConflict);
    const stored = await two.get('VL-AAAAA');
    expect(stored).toEqual(won[0].value);
    expect((lost[0].reason as CaseConflict).current).toEqual(stored);
    expect(await one.listAssignedTo(stored?.assignee?.id as string)).toEqual([stored]);
    expect(await one.listUnassigned()).toEqual([]);
  });

  it('lets exactly one of two instances insert an open case for the same requester and address', async () => {
    const prefix = freshPrefix();
    const [one, two] = [repoOn(prefix), repoOn(prefix)];
    const results = await Promise.allSettled([
      one.insert(sampleCase({ id: 'VL-AAAAA', address: 'ann@contoso.com' })),
      two.insert(sampleCase({ id: 'VL-BBBBB', address: 'ANN@contoso.com' })),
    ]);
    const won = results.filter((r): r is PromiseFulfilledResult<Case> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(OpenCaseExists);
    expect((lost[0].reason as OpenCaseExists).existingId).toBe(won[0].value.id);
    expect((await two.listOpen()).map((c) => c.id)).toEqual([won[0].value.id]);
    expect(await one.listByRequester('aad-ann')).toHaveLength(1);
  });

  it('round-trips a case far larger than one 64 KiB property, split across several', async () => {
    const prefix = freshPrefix();
    const repo = repoOn(prefix);
    const inserted = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
    // Notes are capped at 2,000 characters, so it takes many; surrogate pairs throughout,
    // so a cut between the halves of one would show.
    let c = inserted;
    for (let i = 0; i < 60; i++) c = applied(c, { type: 'add-note', text: `${i} ${'Anruf 🧑‍💻 — '.repeat(200)}` }, minutes(i + 1));
    const saved = await repo.save(c, inserted.version);
    expect(JSON.stringify(saved).length).toBeGreaterThan(100_000);
    expect(await repo.get('VL-AAAAA')).toEqual(saved);
    const entity = await tableClient(prefix).getEntity<Record<string, unknown>>(PARTITION, 'case!VL-AAAAA');
    expect(Number(entity.bodyParts)).toBeGreaterThan(2);
    for (let i = 0; i < Number(entity.bodyParts); i++) expect(String(entity[`body${i}`]).length).toBeLessThanOrEqual(32_768);
  });

  it('refuses a case too large for one entity, keeping the stored one', async () => {
    const repo = repoOn(freshPrefix());
    const inserted = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
    let c = inserted;
    for (let i = 0; i < 260; i++) c = applied(c, { type: 'add-note', text: 'x'.repeat(2_000) }, minutes(1));
    await expect(repo.save(c, inserted.version)).rejects.toBeInstanceOf(CaseTooLarge);
    expect(await repo.get('VL-AAAAA')).toEqual(inserted);
  });

  it('keeps the case and its index rows in step: a listing shows each case as stored', async () => {
    const prefix = freshPrefix();
    const repo = repoOn(prefix);
    const c = await repo.insert(sampleCase({ id: 'VL-AAAAA' }));
    const assigned = await repo.save(applied(c, { type: 'assign', assignee: helpdesk() }, minutes(1)), 1);
    const rows: string[] = [];
    for await (const row of tableClient(prefix).listEntities({ queryOptions: { select: ['rowKey'] } })) rows.push(String(row.rowKey));
    expect(rows.filter((r) => r.startsWith('open!'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('assignee!aad-hd-1!'))).toHaveLength(1);
    expect(rows.filter((r) => r.startsWith('guard!'))).toHaveLength(1);
    expect(await repo.listOpen()).toEqual([assigned]);
    const closed = await repo.save(applied(assigned, { type: 'close' }, minutes(2)), 2);
    const after: string[] = [];
    for await (const row of tableClient(prefix).listEntities({ queryOptions: { select: ['rowKey'] } })) after.push(String(row.rowKey));
    expect(after.filter((r) => /^(open|assignee|guard)!/.test(r))).toEqual([]);
    expect(await repo.listByRequester('aad-ann')).toEqual([closed]);
  });
});

describe('the table endpoint for an Entra credential', () => {
  it('is the blob endpoint’s account in the same cloud', () => {
    expect(tableUrlFromBlobUrl('https://vlsastate.blob.core.windows.net/')).toBe('https://vlsastate.table.core.windows.net');
    expect(tableUrlFromBlobUrl('https://vlsastate.blob.core.chinacloudapi.cn')).toBe('https://vlsastate.table.core.chinacloudapi.cn');
    expect(() => tableUrlFromBlobUrl('https://storage.contoso.com')).toThrow(TableStorageOpenError);
  });
});
