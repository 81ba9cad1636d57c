import { randomUUID } from 'node:crypto';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const BOT = { id: '28:vlsa-bot', name: 'VL Sign-in Assistant' };

export interface UserIdentity {
  id: string;
  name: string;
  aadObjectId: string;
}

export const ALEX: UserIdentity = { id: '29:alex', name: 'Alex Wilber', aadObjectId: 'aaaaaaaa-0000-0000-0000-000000000001' };

export interface PostResult {
  status: number;
  body: unknown;
}

/**
 * Plays a Teams client: posts activities to the bot's /api/messages, as Teams would,
 * with `serviceUrl` pointing at the test's fake connector.
 */
export class TeamsUser {
  readonly conversationId: string;

  constructor(
    private readonly botUrl: string,
    private readonly serviceUrl: string,
    readonly user: UserIdentity = ALEX,
    /** `tenantId: null` sends no tenant at all (a forged or malformed activity). */
    conversation: { id?: string; type?: 'personal' | 'channel' | 'groupChat'; teamId?: string; channelId?: string; tenantId?: string | null } = {},
  ) {
    this.conversationId = conversation.id ?? `a:personal-${randomUUID()}`;
    this.tenantId = conversation.tenantId === undefined ? TENANT_ID : conversation.tenantId;
    this.conversationType = conversation.type ?? 'personal';
    this.teamId = conversation.teamId;
    this.channelId = conversation.channelId;
  }

  private readonly conversationType: string;
  private readonly tenantId: string | null;
  private readonly teamId?: string;
  private readonly channelId?: string;

  activity(fields: Record<string, unknown>): Record<string, unknown> {
    return {
      id: `in-${randomUUID()}`,
      channelId: 'msteams',
      serviceUrl: this.serviceUrl,
      timestamp: new Date().toISOString(),
      from: { id: this.user.id, name: this.user.name, aadObjectId: this.user.aadObjectId },
      recipient: BOT,
      conversation: { id: this.conversationId, conversationType: this.conversationType, ...(this.tenantId ? { tenantId: this.tenantId } : {}) },
      channelData: {
        ...(this.tenantId ? { tenant: { id: this.tenantId } } : {}),
        ...(this.teamId ? { team: { id: this.teamId }, channel: { id: this.channelId ?? this.teamId } } : {}),
      },
      locale: 'en-US',
      ...fields,
    };
  }

  async post(activity: Record<string, unknown>, headers: Record<string, string> = {}): Promise<PostResult> {
    const response = await fetch(`${this.botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // a non-JSON body is returned as text
    }
    return { status: response.status, body };
  }

  say(text: string): Promise<PostResult> {
    return this.post(this.activity({ type: 'message', text }));
  }

  /** An Action.Submit from a card: a message with no text and the card data as value. */
  submit(value: Record<string, unknown>, replyToId?: string): Promise<PostResult> {
    return this.post(this.activity({ type: 'message', value, ...(replyToId ? { replyToId } : {}) }));
  }

  /** An Action.Execute (Universal Actions) invoke. */
  execute(verb: string, data: Record<string, unknown>, replyToId?: string): Promise<PostResult> {
    return this.post(
      this.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
        ...(replyToId ? { replyToId } : {}),
      }),
    );
  }

  install(): Promise<PostResult> {
    return this.post(this.activity({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }, { id: this.user.id }] }));
  }
}
