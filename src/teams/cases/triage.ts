import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { CaseCategory, Case, PersonRef } from '../../domain/cases/case';
import { casesCsv } from '../../domain/cases/csv';
import { parseTriageCommand, type TriageCommand } from '../../domain/cases/triageCommands';
import { findAdmins } from '../../domain/admins';
import { TEXT } from '../../text/en';
import { guideCard, section } from '../cards/guide';
import { renderCard } from '../cards/render';
import { channelOf, scopeOf, tenantOf } from '../scope';
import type { BotServices } from '../services';

const C = TEXT.cases;
const LIST_LIMIT = 25;

/**
 * A triage command in a team channel or group chat: typed (the @mention already
 * removed), or from a help-card button carrying the command text.
 */
export function triageCommandOf(context: TurnContext): TriageCommand | undefined {
  if (scopeOf(context) === 'personal') return undefined;
  const fromButton = (context.activity.value as { verb?: unknown; command?: unknown } | undefined)?.command;
  const text = typeof context.activity.text === 'string' && context.activity.text ? context.activity.text : fromButton;
  return typeof text === 'string' ? parseTriageCommand(text) : undefined;
}

function line(c: Case): string {
  return C.list.line(c.id, C.statuses[c.status], C.categories[c.category], c.address, c.assignee?.name ?? C.unassigned);
}

function hours(ms: number): string {
  return `${Math.round(ms / 360_000) / 10} h`;
}

/** Every team member the connector lists, as assignable people. */
async function teamRoster(context: TurnContext): Promise<PersonRef[]> {
  const people: PersonRef[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, 100, token);
    for (const member of page.members) people.push({ id: member.aadObjectId ?? member.id, name: member.name });
    token = page.continuationToken;
  } while (token && people.length < 1000);
  return people;
}

/**
 * Who may choose the help-desk channel: configured help-desk admins, the tenant's
 * admins (through Graph), or anyone in local anonymous mode (loopback only, for trying
 * the bot out in the Agents Playground).
 */
async function mayConfigure(context: TurnContext, services: BotServices): Promise<boolean> {
  const id = context.activity.from.aadObjectId ?? context.activity.from.id;
  if (!services.config.botId) return true;
  if (services.config.helpdeskAdmins.includes(id)) return true;
  const admins = await findAdmins(
    { directory: services.directory, store: services.store, cacheTtlSeconds: services.config.adminCacheTtlSeconds },
    { tenantId: tenantOf(context) ?? null },
  );
  return admins.kind === 'found' && admins.admins.some((admin) => admin.id === id && admin.assignment === 'active');
}

export function triageRoutes(services: BotServices) {
  const list = async (context: TurnContext, title: string, cases: Case[]) => {
    const card = guideCard({ title: C.list.heading(title, cases.length), summary: cases.length ? '' : C.list.none, sections: cases.length ? [section('', { text: cases.map(line).join('\n') })] : [] });
    await context.sendActivity({ attachments: [renderCard('guide', card)] });
  };

  const categoriesHere = async (context: TurnContext): Promise<CaseCategory[] | undefined> => {
    const categories = await services.channels.categoriesFor(channelOf(context).channelId);
    return categories.length ? categories : undefined;
  };

  const run = async (context: TurnContext, command: TriageCommand): Promise<void> => {
    const tenantId = tenantOf(context);
    const me = context.activity.from.aadObjectId ?? context.activity.from.id;
    switch (command.kind) {
      case 'cases':
        return list(context, C.list.open, await services.cases.listOpen({ tenantId, categories: await categoriesHere(context), limit: LIST_LIMIT }));
      case 'unassigned':
        return list(context, C.list.unassigned, await services.cases.listUnassigned({ tenantId, categories: await categoriesHere(context), limit: LIST_LIMIT }));
      case 'mine':
        return list(context, C.list.mine, await services.cases.listAssignedTo(me, { tenantId, limit: LIST_LIMIT }));
      case 'case': {
        const c = await services.cases.get(command.id);
        if (!c || (tenantId && c.requester.tenantId && c.requester.tenantId !== tenantId)) {
          await context.sendActivity(C.notFound(command.id));
          return;
        }
        await context.sendActivity({ attachments: [await services.delivery.cardFor(c)] });
        return;
      }
      case 'stats': {
        const stats = await services.cases.stats({ tenantId });
        const counts = (record: Record<string, number>) => Object.entries(record).filter(([, n]) => n > 0).map(([k, n]) => `${k}: ${n}`).join(', ') || C.list.none;
        const card = guideCard({
          title: C.stats.title,
          summary: `${C.stats.total}: ${stats.total} · ${C.stats.resolved}: ${stats.resolved} · ${C.stats.median}: ${stats.medianTimeToResolveMs === null ? '–' : hours(stats.medianTimeToResolveMs)}`,
          sections: [section(C.stats.byCategory, { text: counts(stats.byCategory) }), section(C.stats.byStatus, { text: counts(stats.byStatus) }), section(C.stats.byVerdict, { text: counts(stats.byVerdict) })],
        });
        await context.sendActivity({ attachments: [renderCard('guide', card)] });
        return;
      }
      case 'export': {
        const lines: string[] = [];
        let count = 0;
        for await (const row of casesCsv(countCases(services.cases.all({ tenantId }), () => count++))) lines.push(row);
        const url = await services.exports.create(lines.join(''), `vlsa-cases-${new Date().toISOString().slice(0, 10)}.csv`);
        const card = guideCard({ title: C.stats.title, summary: C.exportReady(count), links: [{ title: C.exportButton, url }] });
        await context.sendActivity({ attachments: [renderCard('guide', card)] });
        return;
      }
      case 'repost': {
        // "repost" does not wait for the back-off: every pending post is due now.
        const everything = new Date('9999-12-31T00:00:00Z');
        const due = await services.cases.listDuePosts(everything);
        for (const c of due) await services.delivery.deliverPending(c, everything);
        await context.sendActivity(C.reposted(due.length));
        return;
      }
      case 'use-channel-usage':
        await context.sendActivity(C.channelUsage);
        return;
      case 'use-channel': {
        if (!(await mayConfigure(context, services))) {
          await context.sendActivity(C.channelDenied);
          return;
        }
        const { teamId, channelId, channelName } = channelOf(context);
        const setBy = { id: me, name: context.activity.from.name ?? me };
        for (const category of command.categories) {
          await services.channels.set(category, { teamId: teamId ?? channelId, channelId, channelName, serviceUrl: context.activity.serviceUrl, tenantId: tenantId ?? '', setBy });
        }
        await services.roster.save(teamId ?? channelId, await teamRoster(context).catch(() => []));
        await context.sendActivity(C.channelSet(command.categories.map((c) => C.categories[c]).join(', ')));
        return;
      }
    }
  };

  return {
    onTriage: async (context: TurnContext) => {
      const command = triageCommandOf(context);
      if (command) await run(context, command);
    },
  };
}

async function* countCases(cases: AsyncIterable<Case>, onEach: () => void): AsyncGenerator<Case> {
  for await (const c of cases) {
    onEach();
    yield c;
  }
}
