import { CardFactory, TeamsInfo, type TurnContext } from 'botbuilder';
import { CASE_CATEGORIES, type Case, type CaseCategory, type PersonRef } from '../../../domain/cases/case';
import { casesCsv } from '../../../domain/cases/csv';
import { statsOf, type CountedCase } from '../../../domain/cases/stats';
import { ChannelOfAnotherTenant } from '../../../domain/stores/helpdeskChannels';
import { hasChannelCard } from '../../../domain/cases/outbox';
import { parseTriageCommand, type TriageCommand } from '../../../domain/cases/triageCommands';
import type { Actor } from '../../../domain/cases/authorisation';
import { guideCard } from '../../kit/cards/guide';
import { renderCard } from '../../kit/cards/render';
import { localeOf, wordsOf } from '../../kit/language';
import { channelOf, scopeOf } from '../../kit/scope';
import type { CasesDeps } from '.';
import { callerOf, mayRouteChannels, triageScopeOf, type CaseCaller } from './access';
import { caseListCard, type CaseListKind } from './caseList';
import { probeRefusal } from './probeGuard';
import { statsCardData } from './statsCard';
import { deliverAndTell } from './reach';

/** A triage command, typed (the @mention already removed) or from a help-card button carrying the command text. */
export function triageCommandOf(context: TurnContext): TriageCommand | undefined {
  const fromButton = (context.activity.value as { verb?: unknown; command?: unknown } | undefined)?.command;
  const text = typeof context.activity.text === 'string' && context.activity.text ? context.activity.text : fromButton;
  return typeof text === 'string' ? parseTriageCommand(text) : undefined;
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

/** The tenant's cases of the given categories, oldest first, read a page at a time. */
async function* casesOf(deps: CasesDeps, tenantId: string, categories: readonly CaseCategory[]): AsyncGenerator<Case> {
  for await (const c of deps.cases.all(tenantId)) if (categories.includes(c.category)) yield c;
}

/** A case as the stats count it. */
async function* mapCases(cases: AsyncIterable<Case>): AsyncGenerator<CountedCase> {
  for await (const c of cases) yield { category: c.category, status: c.status, verdict: c.diagnosis.verdict, createdAt: c.createdAt, resolvedAt: c.resolvedAt };
}

const allCategories = (categories: readonly CaseCategory[]) => CASE_CATEGORIES.every((c) => categories.includes(c));

/**
 * Triage commands. Each runs only where its caller triages (triageScopeOf: a channel
 * routed for some of their tenant's categories, or their 1:1 chat as a help-desk admin or
 * tenant admin), on their tenant's cases of those categories; anywhere else the answer
 * is one line saying where the commands work. "use this channel" works in any channel
 * of the tenant, for those allowed to route.
 */
export function triageRoutes(deps: CasesDeps): { onTriage: (context: TurnContext) => Promise<void> } {
  const stats = async (context: TurnContext, actor: Actor, categories: CaseCategory[]) => {
    const counted = allCategories(categories)
      ? await deps.cases.stats(actor.tenantId)
      : await statsOf(mapCases(casesOf(deps, actor.tenantId, categories)));
    let undelivered = 0;
    for (const c of await deps.cases.listOpen(actor.tenantId, { categories })) {
      if (((await deps.cases.getOutbox(c.tenantId, c.id))?.cards.length ?? 0) === 0) undelivered++;
    }
    await context.sendActivity({ attachments: [renderCard('caseStats', statsCardData(wordsOf(context), counted, undelivered, categories))] });
  };

  const list = async (context: TurnContext, kind: CaseListKind, actor: Actor, categories: CaseCategory[]) => {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await caseListCard(wordsOf(context), deps, kind, actor, categories))] });
  };

  /** Routes the channel for the caller's tenant, then posts the tenant's waiting cases of those categories here. */
  const useChannel = async (context: TurnContext, caller: CaseCaller, categories: CaseCategory[]) => {
    const C = wordsOf(context).cases;
    if (!(await mayRouteChannels(deps, caller))) {
      await context.sendActivity(C.channelDenied);
      return;
    }
    const { teamId, channelId, channelName } = channelOf(context);
    const setBy = { id: caller.id, name: caller.name || caller.id };
    // The channel speaks the language of whoever routed it.
    const locale = localeOf(context);
    try {
      for (const category of categories) {
        await deps.channels.set(category, { tenantId: caller.tenantId, teamId: teamId ?? channelId, channelId, channelName, serviceUrl: context.activity.serviceUrl, setBy, ...(locale ? { locale } : {}) });
      }
    } catch (error) {
      // Refused in words no different from a caller without the role: the channel's owner stays unnamed.
      if (error instanceof ChannelOfAnotherTenant) return void (await context.sendActivity(C.channelDenied));
      throw error;
    }
    await deps.roster.save(caller.tenantId, teamId ?? channelId, await teamRoster(context).catch(() => []));
    const waiting: Case[] = [];
    for (const c of await deps.cases.listOpen(caller.tenantId, { categories })) {
      const outbox = await deps.cases.getOutbox(c.tenantId, c.id);
      if (outbox && !hasChannelCard(outbox)) waiting.push(c);
    }
    await context.sendActivity(C.channelSet(categories.map((c) => C.categories[c])) + C.backlog(waiting.length));
    deps.background.run('post the waiting cases to the new channel', async () => {
      for (const c of waiting) await deliverAndTell(deps, c);
    });
  };

  const run = async (context: TurnContext, command: TriageCommand): Promise<void> => {
    const words = wordsOf(context);
    const C = words.cases;
    const caller = callerOf(context);
    if (command.kind === 'use-channel' || command.kind === 'use-channel-usage') {
      if (scopeOf(context) !== 'channel') return void (await context.sendActivity(C.channelOnly));
      if (!caller) return void (await context.sendActivity(C.channelDenied));
      if (command.kind === 'use-channel-usage') return void (await context.sendActivity(C.channelUsage));
      return useChannel(context, caller, command.categories);
    }
    const scope = await triageScopeOf(context, deps);
    if (!caller || !scope) return void (await context.sendActivity(C.triageWhere));
    const { actor, categories } = scope;
    const tenantId = actor.tenantId;
    switch (command.kind) {
      case 'cases':
      case 'unassigned':
      case 'mine':
        return list(context, command.kind, actor, categories);
      case 'case': {
        const refusal = await probeRefusal(words, deps, caller);
        if (refusal) return void (await context.sendActivity(refusal));
        const c = await deps.cases.get(tenantId, command.id);
        // Outside this channel's categories a case reads exactly as a missing one.
        if (!c || !categories.includes(c.category)) return void (await context.sendActivity(C.notFound(command.id)));
        await context.sendActivity({ attachments: [await deps.delivery.cardFor(c, words)] });
        return;
      }
      case 'stats':
        return stats(context, actor, categories);
      case 'export': {
        const lines: string[] = [];
        let count = -1;
        for await (const row of casesCsv(casesOf(deps, tenantId, categories))) {
          lines.push(row);
          count++;
        }
        const url = await deps.exports.create(lines.join(''), `vlsa-cases-${new Date().toISOString().slice(0, 10)}.csv`);
        const card = guideCard({ title: C.export.title, summary: C.export.ready(count), links: [{ title: C.export.button, url }] });
        await context.sendActivity({ attachments: [renderCard('guide', card)] });
        return;
      }
      case 'repost': {
        // "repost" does not wait for the back-off: every pending post is due now, and cases nobody received are re-targeted.
        const everything = new Date('9999-12-31T00:00:00Z');
        let tried = 0;
        for (const c of await deps.cases.listOpen(tenantId, { categories })) if (await deliverAndTell(deps, c, everything)) tried++;
        await context.sendActivity(C.reposted(tried));
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
