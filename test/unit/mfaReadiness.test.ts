import { describe, expect, it } from 'vitest';
import type { DirectoryResult } from '../../src/domain/manualSteps';
import {
  assessPolicy as assess,
  checkMfaReadiness,
  evaluateMfaReadiness as evaluate,
  type ConditionalAccessPolicy,
  type MfaDirectory,
  type ReadinessInput,
  type UserRegistration,
} from '../../src/domain/mfaReadiness';
import { catalog } from '../../src/text/en';

/** The report and a policy's assessment in words, as the card and the command line show them. */
const evaluateMfaReadiness = (input: ReadinessInput) => catalog.readiness.reportInWords(evaluate(input));
const assessPolicy = (policy: ConditionalAccessPolicy) => catalog.readiness.policyInWords(assess(policy));
const { methodsInWords } = catalog.readiness;
const CONDITIONAL_ACCESS_STEPS = catalog.manual.conditionalAccess;

const TENANT = '7a1c4e2b-3f5d-4c6a-9b8e-0d1f2a3b4c5d';
const NOW = new Date('2026-11-21T12:00:00Z');

function policy(overrides: Partial<ConditionalAccessPolicy> = {}): ConditionalAccessPolicy {
  return {
    displayName: 'MFA for Volume Licensing Central',
    state: 'enabled',
    includeUsers: ['All'],
    includeGroups: [],
    includeRoles: [],
    excludeUsers: [],
    excludeGroups: [],
    excludeRoles: [],
    includeApplications: ['MicrosoftAdminPortals'],
    excludeApplications: [],
    operator: 'OR',
    builtInControls: ['mfa'],
    authenticationStrength: null,
    ...overrides,
  };
}

const ok = <T>(value: T): DirectoryResult<T> => ({ ok: true, value });
const refused: DirectoryResult<never> = {
  ok: false,
  failure: { kind: 'permission', status: 403, permission: 'Policy.Read.All', message: 'Microsoft Graph refused it: needs Policy.Read.All.' },
};

function input(overrides: Partial<ReadinessInput> = {}): ReadinessInput {
  return { tenantId: TENANT, securityDefaults: ok(false), policies: ok([]), now: NOW, ...overrides };
}

const statuses = (points: Array<{ id: string; status: string }>) => points.map((p) => `${p.id}:${p.status}`);

describe('assessPolicy', () => {
  it('accepts MFA (or an authentication strength) for all users on the admin portals or all resources', () => {
    expect(assessPolicy(policy()).verdict).toBe('enforces');
    expect(assessPolicy(policy({ includeApplications: ['All'] })).verdict).toBe('enforces');
    expect(assessPolicy(policy({ builtInControls: [], authenticationStrength: 'Phishing-resistant MFA' })).verdict).toBe('enforces');
  });

  it('tells report-only and off apart from enforcing', () => {
    expect(assessPolicy(policy({ state: 'enabledForReportingButNotEnforced' })).verdict).toBe('report-only');
    expect(assessPolicy(policy({ state: 'disabled' })).verdict).toBe('off');
  });

  it.each([
    ['only some users', policy({ includeUsers: [], includeGroups: ['g1'] }), 'not All users (Assignments > Users > Include: All users)'],
    ['other apps', policy({ includeApplications: ['00000003-0000-0ff1-ce00-000000000000'] }), 'not Microsoft Admin Portals or All resources (Target resources > Include > Select resources: Microsoft Admin Portals)'],
    ['all apps but the admin portals', policy({ includeApplications: ['All'], excludeApplications: ['MicrosoftAdminPortals'] }), 'Select resources: Microsoft Admin Portals'],
    ['block', policy({ builtInControls: ['block', 'mfa'] }), "'Block access'"],
    ['MFA or a compliant device', policy({ builtInControls: ['mfa', 'compliantDevice'] }), 'without MFA: it also accepts compliantDevice'],
  ])('flags a policy scoped wrongly: %s', (_, scoped, problem) => {
    const assessment = assessPolicy(scoped);
    expect(assessment.verdict).toBe('wrongly-scoped');
    expect(assessment.problems.join(' ')).toContain(problem);
  });

  it('requires every control when the operator is AND', () => {
    expect(assessPolicy(policy({ operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] })).verdict).toBe('enforces');
  });

  it('notes exclusions without failing the policy', () => {
    const assessment = assessPolicy(policy({ excludeUsers: ['breakglass1', 'breakglass2'], excludeGroups: ['g'] }));
    expect(assessment.verdict).toBe('enforces');
    expect(assessment.exclusions).toBe('It excludes 2 users, 1 group.');
  });
});

describe('evaluateMfaReadiness', () => {
  it('with nothing in place: the 12 Conditional Access steps, Security Defaults as the alternative, per-user MFA as a manual check', () => {
    const report = evaluateMfaReadiness(input());

    expect(statuses(report.points)).toEqual(['conditional-access:todo', 'security-defaults:todo', 'per-user-mfa:unknown']);
    expect(report.points[0].steps).toEqual(CONDITIONAL_ACCESS_STEPS);
    expect(report.points[0].steps).toHaveLength(12);
    expect(report.points[2].detail).toContain('Microsoft Graph v1.0 does not show per-user MFA');
    expect(report.adminMustDo).toHaveLength(1);
    expect(report.tenant).toEqual({ tenantId: TENANT, securityDefaults: false, mfaEnforcedBy: null, mfaPolicies: [] });
    expect(report.support).toBe('MFAVLCsupport@microsoft.com');
  });

  it('with an enforcing policy: Conditional Access done, Security Defaults off as expected, nothing to do', () => {
    const report = evaluateMfaReadiness(input({ policies: ok([policy()]) }));

    expect(report.tenant.mfaEnforcedBy).toBe('conditional-access');
    expect(statuses(report.points)).toEqual(['conditional-access:done', 'security-defaults:done']);
    expect(report.adminMustDo).toEqual([]);
  });

  it('ignores policies that do not ask for MFA', () => {
    const blockLegacy = policy({ displayName: 'Block legacy authentication', includeApplications: ['All'], builtInControls: ['block'] });
    const report = evaluateMfaReadiness(input({ policies: ok([blockLegacy, policy()]) }));

    expect(report.tenant.mfaPolicies?.map((p) => p.displayName)).toEqual(['MFA for Volume Licensing Central']);
    expect(report.points[0].status).toBe('done');
  });

  it('warns about an MFA policy that also blocks, even when another one enforces', () => {
    const blocking = policy({ displayName: 'Admins blocked', builtInControls: ['mfa', 'block'] });
    const report = evaluateMfaReadiness(input({ policies: ok([policy(), blocking]) }));

    expect(report.points[0].status).toBe('warning');
    expect(report.adminMustDo).toEqual([`Remove 'Block access' from "Admins blocked" (Access controls > Grant) if it should only ask for MFA.`]);
  });

  it('says how to fix each policy that falls short', () => {
    const report = evaluateMfaReadiness(
      input({
        policies: ok([
          policy({ displayName: 'Trial', state: 'enabledForReportingButNotEnforced' }),
          policy({ displayName: 'Old', state: 'disabled' }),
          policy({ displayName: 'Finance only', includeUsers: [], includeGroups: ['finance'], state: 'enabledForReportingButNotEnforced' }),
        ]),
      }),
    );

    expect(report.points[0].status).toBe('warning');
    expect(report.adminMustDo).toEqual([
      'Switch Enable policy of "Trial" from Report-only to On.',
      'Set Enable policy of "Old" to On.',
      'Fix "Finance only": It applies only to selected users, groups or roles, not All users (Assignments > Users > Include: All users). Then switch Enable policy of "Finance only" from Report-only to On.',
    ]);
    expect(report.points.some((p) => p.id === 'per-user-mfa')).toBe(true);
  });

  it('with Security Defaults on and no MFA policy: no Conditional Access point at all', () => {
    const report = evaluateMfaReadiness(input({ securityDefaults: ok(true) }));

    expect(report.tenant.mfaEnforcedBy).toBe('security-defaults');
    expect(statuses(report.points)).toEqual(['security-defaults:done']);
  });

  it('turns unreadable parts into manual checks', () => {
    const report = evaluateMfaReadiness(input({ securityDefaults: refused, policies: refused }));

    expect(statuses(report.points)).toEqual(['conditional-access:unknown', 'security-defaults:unknown', 'per-user-mfa:unknown']);
    expect(report.points[0].detail).toContain('needs Policy.Read.All');
    expect(report.tenant).toMatchObject({ securityDefaults: null, mfaPolicies: null });

    const coveredAnyway = evaluateMfaReadiness(input({ securityDefaults: ok(true), policies: refused }));
    expect(statuses(coveredAnyway.points)).toEqual(['security-defaults:done']);
    expect(coveredAnyway.adminMustDo).toEqual([]);
  });

  it.each<[string, DirectoryResult<UserRegistration | null>, string]>([
    ['registered with a backup', ok({ userPrincipalName: 'a@c.example', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush', 'mobilePhone'], defaultMfaMethod: null }), 'done'],
    ['registered with one method', ok({ userPrincipalName: 'a@c.example', isMfaRegistered: true, methodsRegistered: ['mobilePhone'], defaultMfaMethod: 'sms' }), 'warning'],
    ['not registered', ok({ userPrincipalName: 'a@c.example', isMfaRegistered: false, methodsRegistered: [], defaultMfaMethod: null }), 'todo'],
    ['not found', ok(null), 'unknown'],
    ['unreadable', refused, 'unknown'],
  ])('rates the person: %s', (_, registration, status) => {
    const report = evaluateMfaReadiness(input({ policies: ok([policy()]), user: { userPrincipalName: 'a@c.example', registration } }));

    expect(report.points.at(-1)).toMatchObject({ id: 'user-registration', status });
  });

  it.each([
    [['microsoftAuthenticatorPush'], 'Microsoft Authenticator notifications'],
    [['microsoftAuthenticatorPush', 'mobilePhone'], 'Microsoft Authenticator notifications and a mobile phone'],
    [['softwareOneTimePasscode', 'fido2SecurityKey', 'passKeyDeviceBound'], 'codes from an authenticator app, a FIDO2 security key and a passkey'],
    [['mobilePhone', 'someFutureMethod'], 'a mobile phone and another method'],
    [['futureA', 'futureB'], '2 other methods'],
    [[], 'methods the directory does not name'],
  ])('names Graph’s registered methods %j in words, never as raw ids', (ids, words) => {
    expect(methodsInWords(ids)).toBe(words);
  });

  it('tells the person which methods they registered, in words (issue 15)', () => {
    const registration = ok({ userPrincipalName: 'a@c.example', isMfaRegistered: true, methodsRegistered: ['microsoftAuthenticatorPush'], defaultMfaMethod: null });
    const point = evaluateMfaReadiness(input({ securityDefaults: ok(true), user: { userPrincipalName: 'a@c.example', registration } })).points.at(-1);

    expect(point?.detail).toContain('With Microsoft Authenticator notifications, and no backup method yet.');
    expect(point?.detail).not.toContain('microsoftAuthenticatorPush');
  });

  it('knows whether the 5 January 2026 requirement is already in force', () => {
    expect(evaluateMfaReadiness(input({ now: new Date('2025-12-01T00:00:00Z') })).requirement).toEqual({ from: '2026-01-05', inForce: false });
    expect(evaluateMfaReadiness(input()).requirement.inForce).toBe(true);
  });
});

describe('readiness sentences', () => {
  it('never point at a step by number: the Teams card and the command line number their lists differently', () => {
    const reports = [
      evaluateMfaReadiness(input()),
      evaluateMfaReadiness(input({ securityDefaults: refused, policies: refused })),
      evaluateMfaReadiness(
        input({
          policies: ok([
            policy({ displayName: 'A', includeUsers: [], state: 'enabledForReportingButNotEnforced' }),
            policy({ displayName: 'B', includeApplications: ['x'], builtInControls: ['mfa', 'block', 'compliantDevice'], state: 'disabled' }),
          ]),
        }),
      ),
    ];
    for (const report of reports) {
      const said = [...report.adminMustDo, ...report.points.flatMap((p) => [p.title, p.detail])].join('\n');
      expect(said).not.toMatch(/\bsteps? \d|the \d+ steps/i);
    }
  });

  it('says what Security Defaults do as the seed and Learn say: register everyone, prompt when Microsoft decides, admins every time', () => {
    const on = evaluateMfaReadiness(input({ securityDefaults: ok(true) })).points[0].detail;
    expect(on).toContain('Every user must register for MFA');
    expect(on).toContain('Microsoft decides when a user is asked');
    expect(on).toContain('certain administrator roles, such as Global, Security and Conditional Access Administrators, are asked at every sign-in');
    expect(on).toContain('you may not need a separate policy');
    const off = evaluateMfaReadiness(input()).points.find((p) => p.id === 'security-defaults')?.detail;
    expect(off).not.toMatch(/require MFA for all users/i);
  });

  it('tells a guest not found that home-tenant MFA counts only when inbound trust accepts it', () => {
    const report = evaluateMfaReadiness(input({ user: { userPrincipalName: 'guest@partner.example', registration: ok(null) } }));
    const detail = report.points.at(-1)?.detail ?? '';
    expect(detail).toContain('might register MFA in their home tenant');
    expect(detail).toContain('only when your cross-tenant access inbound trust settings accept MFA from their home tenant');
    expect(detail).not.toMatch(/guests register MFA in their home tenant/);
  });
});

describe('checkMfaReadiness', () => {
  const directory = (overrides: Partial<MfaDirectory> = {}): MfaDirectory => ({
    tenantId: TENANT,
    securityDefaultsEnabled: async () => ok(false),
    conditionalAccessPolicies: async () => ok([policy()]),
    registrationDetails: async (upn) => ok({ userPrincipalName: upn, isMfaRegistered: true, methodsRegistered: ['fido2', 'mobilePhone'], defaultMfaMethod: null }),
    ...overrides,
  });

  it('without Graph: a manual report where every point is a check by hand', async () => {
    const result = await checkMfaReadiness(null, { tenantId: TENANT, userPrincipalName: 'a@c.example', now: NOW });

    expect(result.kind).toBe('manual');
    expect(catalog.readiness.reportInWords(result.report).points.every((p) => p.status === 'unknown')).toBe(true);
    expect(catalog.readiness.reportInWords(result.report).points.find((p) => p.id === 'user-registration')?.steps?.[0]).toContain('https://aka.ms/mfasetup');
  });

  it('for another tenant than the configured one: manual too', async () => {
    const result = await checkMfaReadiness(directory(), { tenantId: '00000000-1111-2222-3333-444444444444', now: NOW });
    expect(result).toMatchObject({ kind: 'manual', reason: 'other-tenant' });
  });

  it('a complete report when everything was read, a directory error naming what failed otherwise', async () => {
    expect((await checkMfaReadiness(directory(), { tenantId: TENANT, userPrincipalName: 'a@c.example', now: NOW })).kind).toBe('report');

    const partial = await checkMfaReadiness(directory({ conditionalAccessPolicies: async () => refused }), { tenantId: TENANT, now: NOW });
    expect(partial).toMatchObject({ kind: 'directory-error', failures: [{ permission: 'Policy.Read.All' }] });
  });
});
