import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import { emptyCounts, newRecipients, type Campaign, type DeliveryCounts, type DeliveryState, type NewRecipient, type Recipient } from '../domain/campaigns/campaign';
import { CampaignConflict, CampaignIdTaken, CampaignNotFound, type CampaignRepository, type RecipientDelivery } from '../domain/stores/ports';
import type { Diagnosis } from '../domain/types';
import { keyPart, TableReady } from './azureTables';
import { hasStatus } from './storageOpenError';

/**
 * Campaigns in Azure Table Storage, in one table:
 *
 * | partition                      | row                    | what it is                           |
 * |--------------------------------|------------------------|--------------------------------------|
 * | `campaigns`                    | `<tenant>!<id>`        | the campaign: state, version, JSON   |
 * | `r!<tenant>!<id>`              | `<index, 7 digits>`    | one recipient, delivery as properties |
 *
 * The tenant is the first part of every key (keyPart of azureTables.ts, which never holds
 * `!`), so a tenant's reads are a point read or a range of its own keys; only the send
 * job's `listSending` and the weekly summaries' `listFollowedUp` filter across tenants, over
 * the few campaign rows. A recipient's delivery changes by Replace If-Match the ETag read with
 * it: of two writers, one wins.
 * A list is written recipients first, in transactions of 100 (Azure's limit), and the
 * campaign row last, so a campaign is never read with half its list; a create cut short
 * leaves rows no campaign names, which nothing reads.
 */

const CAMPAIGNS = 'campaigns';
const SEP = '!';
const END = '~';
const BATCH = 100;
const INDEX_DIGITS = 7;

type Entity = TableEntityResult<Record<string, unknown>>;

const campaignRowKey = (tenantId: string, id: string) => `${keyPart(tenantId)}${SEP}${keyPart(id)}`;
const recipientPartition = (tenantId: string, campaignId: string) => `r${SEP}${keyPart(tenantId)}${SEP}${keyPart(campaignId)}`;
const indexKey = (index: number) => String(index).padStart(INDEX_DIGITS, '0');

function campaignEntity(c: Campaign) {
  const { version, ...body } = c;
  return { partitionKey: CAMPAIGNS, rowKey: campaignRowKey(c.tenantId, c.id), tenantId: c.tenantId, state: c.state, createdAt: c.createdAt, version, body: JSON.stringify(body) };
}

const toCampaign = (e: Entity): Campaign => ({ ...(JSON.parse(String(e.body)) as Omit<Campaign, 'version'>), version: Number(e.version) });

/** Delivery properties; an absent optional field is stored as '' (Replace drops what is not given). */
function deliveryProperties(d: RecipientDelivery) {
  return {
    delivery: d.delivery,
    attempts: d.attempts,
    nextAttemptAt: d.nextAttemptAt,
    claimInstance: d.claim?.instanceId ?? '',
    claimRun: d.claim?.runId ?? '',
    claimedAt: d.claim?.at ?? '',
    lastError: d.lastError ?? '',
    sentAt: d.sentAt ?? '',
  };
}

/** A recipient as its row: every property always present, so a Replace leaves nothing stale behind. */
function recipientEntity(r: Recipient) {
  return {
    partitionKey: recipientPartition(r.tenantId, r.campaignId),
    rowKey: indexKey(r.index),
    tenantId: r.tenantId,
    campaignId: r.campaignId,
    index: r.index,
    address: r.address,
    upn: r.upn ?? '',
    diagnosis: r.diagnosis ? JSON.stringify(r.diagnosis) : '',
    fixedAt: r.fixedAt ?? '',
    ...deliveryProperties(r),
  };
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

function toRecipient(e: Entity): Recipient {
  const upn = text(e.upn);
  const diagnosis = text(e.diagnosis);
  const claimInstance = text(e.claimInstance);
  const lastError = text(e.lastError);
  const sentAt = text(e.sentAt);
  const fixedAt = text(e.fixedAt);
  return {
    tenantId: String(e.tenantId),
    campaignId: String(e.campaignId),
    index: Number(e.index),
    address: String(e.address),
    ...(upn ? { upn } : {}),
    ...(diagnosis ? { diagnosis: JSON.parse(diagnosis) as Diagnosis } : {}),
    delivery: e.delivery as DeliveryState,
    attempts: Number(e.attempts),
    nextAttemptAt: String(e.nextAttemptAt),
    ...(claimInstance ? { claim: { instanceId: claimInstance, runId: String(e.claimRun ?? ''), at: String(e.claimedAt ?? '') } } : {}),
    ...(lastError ? { lastError } : {}),
    ...(sentAt ? { sentAt } : {}),
    ...(fixedAt ? { fixedAt } : {}),
  };
}

/** Campaigns of every tenant oldest first (ties by tenant, then id), at most `limit`. */
const oldestFirst = (campaigns: Campaign[], limit: number) =>
  campaigns.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.tenantId.localeCompare(b.tenantId) || a.id.localeCompare(b.id)).slice(0, limit);

export class TableCampaignRepository implements CampaignRepository {
  private readonly ready: TableReady;

  constructor(private readonly table: TableClient) {
    this.ready = new TableReady(table);
  }

  /** For start-up: creates the table if needed, or throws StorageOpenError (code `table`) with one line. */
  verify(abortSignal?: AbortSignal): Promise<void> {
    return this.ready.verify(abortSignal);
  }

  async create(campaign: Campaign, people: readonly NewRecipient[]): Promise<Campaign> {
    await this.ready.ensure();
    const stored = { ...campaign, version: 1 };
    const rows = newRecipients(campaign.tenantId, campaign.id, people, new Date(campaign.createdAt)).map(recipientEntity);
    try {
      for (let i = 0; i < rows.length; i += BATCH) await this.table.submitTransaction(rows.slice(i, i + BATCH).map((row): TransactionAction => ['create', row]));
      await this.table.createEntity(campaignEntity(stored));
    } catch (error) {
      // A list already under this id (its first rows exist), or the campaign row itself.
      if (hasStatus(error, 409)) throw new CampaignIdTaken(campaign.id);
      throw error;
    }
    return stored;
  }

  private async readCampaign(tenantId: string, id: string): Promise<Entity | undefined> {
    await this.ready.ensure();
    try {
      return await this.table.getEntity<Record<string, unknown>>(CAMPAIGNS, campaignRowKey(tenantId, id));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async get(tenantId: string, id: string): Promise<Campaign | undefined> {
    const entity = await this.readCampaign(tenantId, id);
    return entity && toCampaign(entity);
  }

  private async campaignsWhere(filter: string): Promise<Campaign[]> {
    await this.ready.ensure();
    const found: Campaign[] = [];
    for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) found.push(toCampaign(e));
    return found;
  }

  async listByTenant(tenantId: string, limit = Infinity): Promise<Campaign[]> {
    const from = `${keyPart(tenantId)}${SEP}`;
    const all = await this.campaignsWhere(odata`PartitionKey eq ${CAMPAIGNS} and RowKey ge ${from} and RowKey lt ${from + END}`);
    return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)).slice(0, limit);
  }

  async listSending(limit = Infinity): Promise<Campaign[]> {
    return oldestFirst(await this.campaignsWhere(odata`PartitionKey eq ${CAMPAIGNS} and state eq ${'sending'}`), limit);
  }

  async listFollowedUp(limit = Infinity): Promise<Campaign[]> {
    const filter = odata`PartitionKey eq ${CAMPAIGNS} and (state eq ${'sending'} or state eq ${'done'} or state eq ${'cancelled'})`;
    return oldestFirst(await this.campaignsWhere(filter), limit);
  }

  async save(campaign: Campaign, expectedVersion: number): Promise<Campaign> {
    const current = await this.readCampaign(campaign.tenantId, campaign.id);
    if (!current) throw new CampaignNotFound(campaign.id);
    if (Number(current.version) !== expectedVersion) throw new CampaignConflict(toCampaign(current));
    const next = { ...campaign, version: expectedVersion + 1 };
    try {
      await this.table.updateEntity(campaignEntity(next), 'Replace', { etag: current.etag });
    } catch (error) {
      if (!hasStatus(error, 412, 404)) throw error;
      const winner = await this.readCampaign(campaign.tenantId, campaign.id);
      throw winner ? new CampaignConflict(toCampaign(winner)) : new CampaignNotFound(campaign.id);
    }
    return next;
  }

  private async *recipientRows(tenantId: string, campaignId: string, clauses: string[] = [], select?: string[]): AsyncIterable<Entity> {
    await this.ready.ensure();
    const filter = [odata`PartitionKey eq ${recipientPartition(tenantId, campaignId)}`, ...clauses].join(' and ');
    yield* this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter, ...(select ? { select } : {}) } });
  }

  async recipients(tenantId: string, campaignId: string, page: { from: number; limit: number }): Promise<Recipient[]> {
    const range = odata`RowKey ge ${indexKey(page.from)} and RowKey lt ${indexKey(page.from + page.limit)}`;
    const found: Recipient[] = [];
    for await (const e of this.recipientRows(tenantId, campaignId, [range])) found.push(toRecipient(e));
    return found;
  }

  async recordDiagnoses(tenantId: string, campaignId: string, checked: ReadonlyArray<{ index: number; diagnosis: Diagnosis }>): Promise<void> {
    await this.ready.ensure();
    const partitionKey = recipientPartition(tenantId, campaignId);
    const merges = checked.map(({ index, diagnosis }): TransactionAction => ['update', { partitionKey, rowKey: indexKey(index), diagnosis: JSON.stringify(diagnosis) }, 'Merge']);
    for (let i = 0; i < merges.length; i += BATCH) await this.table.submitTransaction(merges.slice(i, i + BATCH));
  }

  async listDue(
    tenantId: string,
    campaignId: string,
    query: { now: Date; claimedBefore: Date; instance: { instanceId: string; runId: string }; limit: number },
  ): Promise<Recipient[]> {
    const { instanceId, runId } = query.instance;
    const due = odata`((delivery eq ${'pending'} and nextAttemptAt le ${query.now.toISOString()}) or (delivery eq ${'sending'} and (claimedAt lt ${query.claimedBefore.toISOString()} or (claimInstance eq ${instanceId} and claimRun ne ${runId}))))`;
    const found: Recipient[] = [];
    for await (const e of this.recipientRows(tenantId, campaignId, [due])) {
      found.push(toRecipient(e));
      if (found.length >= query.limit) break;
    }
    return found;
  }

  async nextDueAt(tenantId: string, campaignId: string): Promise<string | undefined> {
    let earliest: string | undefined;
    for await (const e of this.recipientRows(tenantId, campaignId, [odata`delivery eq ${'pending'}`], ['nextAttemptAt'])) {
      const at = String(e.nextAttemptAt);
      if (earliest === undefined || at < earliest) earliest = at;
    }
    return earliest;
  }

  /** A recipient's row as stored, or undefined when there is none. */
  private async recipientEntity(tenantId: string, campaignId: string, index: number): Promise<Entity | undefined> {
    try {
      return await this.table.getEntity<Record<string, unknown>>(recipientPartition(tenantId, campaignId), indexKey(index));
    } catch (error) {
      if (hasStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async updateDelivery(
    tenantId: string,
    campaignId: string,
    index: number,
    expected: { delivery: DeliveryState; attempts: number },
    next: RecipientDelivery,
  ): Promise<boolean> {
    await this.ready.ensure();
    const current = await this.recipientEntity(tenantId, campaignId, index);
    if (!current) return false;
    if (current.delivery !== expected.delivery || Number(current.attempts) !== expected.attempts) return false;
    const { claim: _claim, lastError: _lastError, sentAt: _sentAt, ...kept } = toRecipient(current);
    try {
      await this.table.updateEntity(recipientEntity({ ...kept, ...next }), 'Replace', { etag: current.etag });
      return true;
    } catch (error) {
      if (hasStatus(error, 412, 404)) return false;
      throw error;
    }
  }

  async counts(tenantId: string, campaignId: string): Promise<DeliveryCounts> {
    const counts = emptyCounts();
    for await (const e of this.recipientRows(tenantId, campaignId, [], ['delivery'])) counts[e.delivery as DeliveryState] += 1;
    return counts;
  }

  async markFixed(tenantId: string, campaignId: string, index: number, at: Date): Promise<boolean> {
    await this.ready.ensure();
    // A Merge If-Match of the one property: a delivery written meanwhile changes the ETag, so read again.
    for (;;) {
      const current = await this.recipientEntity(tenantId, campaignId, index);
      if (!current) return false;
      if (text(current.fixedAt)) return false;
      try {
        await this.table.updateEntity({ partitionKey: recipientPartition(tenantId, campaignId), rowKey: indexKey(index), fixedAt: at.toISOString() }, 'Merge', { etag: current.etag });
        return true;
      } catch (error) {
        if (hasStatus(error, 404)) return false;
        if (!hasStatus(error, 412)) throw error;
      }
    }
  }

  async fixedCount(tenantId: string, campaignId: string): Promise<number> {
    let fixed = 0;
    for await (const e of this.recipientRows(tenantId, campaignId, [odata`fixedAt gt ${''}`], ['fixedAt'])) if (text(e.fixedAt)) fixed += 1;
    return fixed;
  }
}
