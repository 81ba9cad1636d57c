import type Database from 'better-sqlite3';
import { emptyCounts, newRecipients, type Campaign, type DeliveryCounts, type DeliveryState, type NewRecipient, type Recipient } from '../domain/campaigns/campaign';
import { CampaignConflict, CampaignIdTaken, CampaignNotFound, type CampaignRepository, type RecipientDelivery } from '../domain/stores/ports';
import type { Diagnosis } from '../domain/types';

/**
 * Campaigns in the bot's SQLite file: one row per campaign, keyed by (tenant, id), and one
 * row per recipient, keyed by (tenant, campaign, index), with the delivery fields as
 * columns so the job's compare-and-set is one UPDATE. Every index starts with the tenant,
 * but for the send job's and the weekly summaries' listings across tenants.
 */

const SCHEMA = `CREATE TABLE campaigns (
     tenant_id TEXT NOT NULL,
     id TEXT NOT NULL,
     state TEXT NOT NULL,
     created_at TEXT NOT NULL,
     version INTEGER NOT NULL,
     body TEXT NOT NULL,
     PRIMARY KEY (tenant_id, id)
   ) WITHOUT ROWID;
   CREATE INDEX campaigns_by_created ON campaigns (tenant_id, created_at, id);
   CREATE INDEX campaigns_sending ON campaigns (created_at, tenant_id, id) WHERE state = 'sending';
   CREATE TABLE campaign_recipients (
     tenant_id TEXT NOT NULL,
     campaign_id TEXT NOT NULL,
     idx INTEGER NOT NULL,
     address TEXT NOT NULL,
     upn TEXT,
     diagnosis TEXT,
     delivery TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     next_attempt_at TEXT NOT NULL,
     claim_instance TEXT,
     claim_run TEXT,
     claimed_at TEXT,
     last_error TEXT,
     sent_at TEXT,
     PRIMARY KEY (tenant_id, campaign_id, idx)
   ) WITHOUT ROWID;
   -- Counts per state, and the job's due and unsettled recipients.
   CREATE INDEX campaign_recipients_by_delivery ON campaign_recipients (tenant_id, campaign_id, delivery, next_attempt_at);`;

/** Schema steps, applied in order; `meta.campaigns_schema` counts those applied. */
const MIGRATIONS: ReadonlyArray<(db: Database.Database) => void> = [
  (db) => db.exec(SCHEMA),
  // When a re-check found the account fixed (watch/recheck.ts).
  (db) => db.exec('ALTER TABLE campaign_recipients ADD COLUMN fixed_at TEXT'),
];

export function migrateCampaigns(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const migrate = db.transaction(() => {
    const row = db.prepare("SELECT value FROM meta WHERE key = 'campaigns_schema'").get() as { value: string } | undefined;
    for (const step of MIGRATIONS.slice(row ? Number(row.value) : 0)) step(db);
    db.prepare("INSERT INTO meta (key, value) VALUES ('campaigns_schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(MIGRATIONS.length));
  });
  // IMMEDIATE: a second process waits for the first to finish, then finds nothing to do.
  migrate.immediate();
}

interface CampaignRow {
  version: number;
  body: string;
}

interface RecipientRow {
  tenant_id: string;
  campaign_id: string;
  idx: number;
  address: string;
  upn: string | null;
  diagnosis: string | null;
  delivery: DeliveryState;
  attempts: number;
  next_attempt_at: string;
  claim_instance: string | null;
  claim_run: string | null;
  claimed_at: string | null;
  last_error: string | null;
  sent_at: string | null;
  fixed_at: string | null;
}

const toCampaign = (row: CampaignRow): Campaign => ({ ...(JSON.parse(row.body) as Omit<Campaign, 'version'>), version: row.version });

function campaignJson(c: Campaign): string {
  const { version: _version, ...body } = c;
  return JSON.stringify(body);
}

function toRecipient(row: RecipientRow): Recipient {
  return {
    tenantId: row.tenant_id,
    campaignId: row.campaign_id,
    index: row.idx,
    address: row.address,
    ...(row.upn === null ? {} : { upn: row.upn }),
    ...(row.diagnosis === null ? {} : { diagnosis: JSON.parse(row.diagnosis) as Diagnosis }),
    delivery: row.delivery,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    ...(row.claim_instance === null ? {} : { claim: { instanceId: row.claim_instance, runId: row.claim_run ?? '', at: row.claimed_at ?? '' } }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
    ...(row.fixed_at === null ? {} : { fixedAt: row.fixed_at }),
  };
}

function deliveryColumns(d: RecipientDelivery) {
  return {
    delivery: d.delivery,
    attempts: d.attempts,
    next_attempt_at: d.nextAttemptAt,
    claim_instance: d.claim?.instanceId ?? null,
    claim_run: d.claim?.runId ?? null,
    claimed_at: d.claim?.at ?? null,
    last_error: d.lastError ?? null,
    sent_at: d.sentAt ?? null,
  };
}

const NO_LIMIT = -1;

export class SqliteCampaignRepository implements CampaignRepository {
  private readonly insertCampaign: Database.Statement;
  private readonly insertRecipient: Database.Statement;
  private readonly selectCampaign: Database.Statement<[string, string], CampaignRow>;
  private readonly updateCampaign: Database.Statement;
  private readonly byTenant: Database.Statement;
  private readonly sending: Database.Statement;
  private readonly followedUp: Database.Statement;
  private readonly page: Database.Statement;
  private readonly setDiagnosis: Database.Statement;
  private readonly due: Database.Statement;
  private readonly earliest: Database.Statement;
  private readonly casDelivery: Database.Statement;
  private readonly countStates: Database.Statement;
  private readonly setFixed: Database.Statement<[string, string, string, number]>;
  private readonly countFixed: Database.Statement<[string, string], { count: number }>;

  /** `db` is the bot's database (openDatabase); the campaign tables are created or migrated here. */
  constructor(private readonly db: Database.Database) {
    migrateCampaigns(db);
    this.insertCampaign = db.prepare('INSERT INTO campaigns (tenant_id, id, state, created_at, version, body) VALUES (@tenant_id, @id, @state, @created_at, @version, @body)');
    this.insertRecipient = db.prepare(
      `INSERT INTO campaign_recipients (tenant_id, campaign_id, idx, address, upn, delivery, attempts, next_attempt_at)
       VALUES (@tenant_id, @campaign_id, @idx, @address, @upn, @delivery, @attempts, @next_attempt_at)`,
    );
    this.selectCampaign = db.prepare('SELECT version, body FROM campaigns WHERE tenant_id = ? AND id = ?');
    this.updateCampaign = db.prepare('UPDATE campaigns SET state = @state, version = @version, body = @body WHERE tenant_id = @tenant_id AND id = @id AND version = @expected');
    this.byTenant = db.prepare('SELECT version, body FROM campaigns WHERE tenant_id = ? ORDER BY created_at DESC, id DESC LIMIT ?');
    this.sending = db.prepare("SELECT version, body FROM campaigns WHERE state = 'sending' ORDER BY created_at, tenant_id, id LIMIT ?");
    this.followedUp = db.prepare("SELECT version, body FROM campaigns WHERE state IN ('sending', 'done', 'cancelled') ORDER BY created_at, tenant_id, id LIMIT ?");
    this.page = db.prepare('SELECT * FROM campaign_recipients WHERE tenant_id = ? AND campaign_id = ? AND idx >= ? ORDER BY idx LIMIT ?');
    this.setDiagnosis = db.prepare('UPDATE campaign_recipients SET diagnosis = ? WHERE tenant_id = ? AND campaign_id = ? AND idx = ?');
    this.due = db.prepare(
      `SELECT * FROM campaign_recipients WHERE tenant_id = @tenant AND campaign_id = @campaign AND (
         (delivery = 'pending' AND next_attempt_at <= @now) OR
         (delivery = 'sending' AND (claimed_at < @claimedBefore OR (claim_instance = @instance AND claim_run <> @run))))
       ORDER BY idx LIMIT @limit`,
    );
    this.earliest = db.prepare("SELECT MIN(next_attempt_at) AS at FROM campaign_recipients WHERE tenant_id = ? AND campaign_id = ? AND delivery = 'pending'");
    this.casDelivery = db.prepare(
      `UPDATE campaign_recipients SET delivery = @delivery, attempts = @attempts, next_attempt_at = @next_attempt_at, claim_instance = @claim_instance,
         claim_run = @claim_run, claimed_at = @claimed_at, last_error = @last_error, sent_at = @sent_at
       WHERE tenant_id = @tenant AND campaign_id = @campaign AND idx = @idx AND delivery = @expected_delivery AND attempts = @expected_attempts`,
    );
    this.countStates = db.prepare('SELECT delivery, COUNT(*) AS count FROM campaign_recipients WHERE tenant_id = ? AND campaign_id = ? GROUP BY delivery');
    this.setFixed = db.prepare('UPDATE campaign_recipients SET fixed_at = ? WHERE tenant_id = ? AND campaign_id = ? AND idx = ? AND fixed_at IS NULL');
    this.countFixed = db.prepare('SELECT COUNT(*) AS count FROM campaign_recipients WHERE tenant_id = ? AND campaign_id = ? AND fixed_at IS NOT NULL');
  }

  async create(campaign: Campaign, people: readonly NewRecipient[]): Promise<Campaign> {
    const stored = { ...campaign, version: 1 };
    const recipients = newRecipients(campaign.tenantId, campaign.id, people, new Date(campaign.createdAt));
    // One transaction: a campaign is never seen with half its list.
    const insert = this.db.transaction(() => {
      try {
        this.insertCampaign.run({ tenant_id: stored.tenantId, id: stored.id, state: stored.state, created_at: stored.createdAt, version: 1, body: campaignJson(stored) });
      } catch (error) {
        if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new CampaignIdTaken(campaign.id);
        throw error;
      }
      for (const r of recipients) {
        this.insertRecipient.run({
          tenant_id: r.tenantId,
          campaign_id: r.campaignId,
          idx: r.index,
          address: r.address,
          upn: r.upn ?? null,
          delivery: r.delivery,
          attempts: r.attempts,
          next_attempt_at: r.nextAttemptAt,
        });
      }
    });
    insert.immediate();
    return stored;
  }

  async get(tenantId: string, id: string): Promise<Campaign | undefined> {
    const row = this.selectCampaign.get(tenantId, id);
    return row ? toCampaign(row) : undefined;
  }

  async listByTenant(tenantId: string, limit = NO_LIMIT): Promise<Campaign[]> {
    return (this.byTenant.all(tenantId, limit) as CampaignRow[]).map(toCampaign);
  }

  async listSending(limit = NO_LIMIT): Promise<Campaign[]> {
    return (this.sending.all(limit) as CampaignRow[]).map(toCampaign);
  }

  async listFollowedUp(limit = NO_LIMIT): Promise<Campaign[]> {
    return (this.followedUp.all(limit) as CampaignRow[]).map(toCampaign);
  }

  async save(campaign: Campaign, expectedVersion: number): Promise<Campaign> {
    const next = { ...campaign, version: expectedVersion + 1 };
    const save = this.db.transaction(() => {
      const changes = this.updateCampaign.run({ tenant_id: next.tenantId, id: next.id, state: next.state, version: next.version, body: campaignJson(next), expected: expectedVersion }).changes;
      if (changes === 1) return;
      const current = this.selectCampaign.get(campaign.tenantId, campaign.id);
      if (!current) throw new CampaignNotFound(campaign.id);
      throw new CampaignConflict(toCampaign(current));
    });
    save.immediate();
    return next;
  }

  async recipients(tenantId: string, campaignId: string, page: { from: number; limit: number }): Promise<Recipient[]> {
    return (this.page.all(tenantId, campaignId, page.from, page.limit) as RecipientRow[]).map(toRecipient);
  }

  async recordDiagnoses(tenantId: string, campaignId: string, checked: ReadonlyArray<{ index: number; diagnosis: Diagnosis }>): Promise<void> {
    const record = this.db.transaction(() => {
      for (const { index, diagnosis } of checked) this.setDiagnosis.run(JSON.stringify(diagnosis), tenantId, campaignId, index);
    });
    record.immediate();
  }

  async listDue(
    tenantId: string,
    campaignId: string,
    query: { now: Date; claimedBefore: Date; instance: { instanceId: string; runId: string }; limit: number },
  ): Promise<Recipient[]> {
    const rows = this.due.all({
      tenant: tenantId,
      campaign: campaignId,
      now: query.now.toISOString(),
      claimedBefore: query.claimedBefore.toISOString(),
      instance: query.instance.instanceId,
      run: query.instance.runId,
      limit: query.limit,
    }) as RecipientRow[];
    return rows.map(toRecipient);
  }

  async nextDueAt(tenantId: string, campaignId: string): Promise<string | undefined> {
    return (this.earliest.get(tenantId, campaignId) as { at: string | null }).at ?? undefined;
  }

  async updateDelivery(
    tenantId: string,
    campaignId: string,
    index: number,
    expected: { delivery: DeliveryState; attempts: number },
    next: RecipientDelivery,
  ): Promise<boolean> {
    const changes = this.casDelivery.run({
      ...deliveryColumns(next),
      tenant: tenantId,
      campaign: campaignId,
      idx: index,
      expected_delivery: expected.delivery,
      expected_attempts: expected.attempts,
    }).changes;
    return changes === 1;
  }

  async counts(tenantId: string, campaignId: string): Promise<DeliveryCounts> {
    const counts = emptyCounts();
    for (const row of this.countStates.all(tenantId, campaignId) as Array<{ delivery: DeliveryState; count: number }>) counts[row.delivery] = row.count;
    return counts;
  }

  async markFixed(tenantId: string, campaignId: string, index: number, at: Date): Promise<boolean> {
    return this.setFixed.run(at.toISOString(), tenantId, campaignId, index).changes === 1;
  }

  async fixedCount(tenantId: string, campaignId: string): Promise<number> {
    return (this.countFixed.get(tenantId, campaignId) as { count: number }).count;
  }
}
