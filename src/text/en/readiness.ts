import {
  REPORT_ONLY,
  type AdminTask,
  type MfaReadinessReport,
  type PolicyAssessment,
  type PolicyProblem,
  type ReadFailure,
  type ReadinessFinding,
  type ReadinessPoint,
} from '../../domain/mfaReadiness';
import type { MfaReadinessReportInWords, PolicyAssessmentInWords, ReadinessPointInWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';
import { manual } from './manual';

const words = {
  heading: 'Your organisation, checked just now',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Still to do',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers: 'It applies only to selected users, groups or roles, not All users (Assignments > Users > Include: All users).',
    otherResources: 'It targets other resources, not Microsoft Admin Portals or All resources (Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks: "It also includes 'Block access', which blocks the sign-in instead of asking for MFA (Access controls > Grant: Require multifactor authentication only).",
    withoutMfa: (controls: string) => `It can be satisfied without MFA: it also accepts ${controls} (Access controls > Grant: Require multifactor authentication only).`,
    excludes: (parts: string) => `It excludes ${parts}.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${n} ${what}${n === 1 ? '' : 's'}`,
  },
  states: { reportOnly: 'report-only', on: 'on', off: 'off' },
  conditionalAccess: {
    manualTitle: 'Conditional Access: check by hand',
    manualDetail: 'Check in Entra ID > Conditional Access > Policies that a policy requires MFA for All users on Microsoft Admin Portals and is On.',
    manualTask: 'Check in the Entra admin center that a Conditional Access policy requires MFA for All users on Microsoft Admin Portals and is On (or that Security Defaults are on).',
    enforcedTitle: 'Conditional Access requires MFA on the admin portals',
    enforcedBy: (policies: string) => `Enforced by ${policies}`,
    checkExclusions: 'Make sure nobody excluded signs in to Volume Licensing Central.',
    alsoNote: (policies: string) => `Also note: ${policies}`,
    removeBlock: (name: string) => `Remove 'Block access' from "${name}" (Access controls > Grant) if it should only ask for MFA.`,
    shortTitle: 'Conditional Access: an MFA policy exists but does not enforce MFA for everyone',
    noneTitle: 'Conditional Access: no policy requires MFA',
    noneDetail: 'Create a Conditional Access policy that requires MFA for All users on Microsoft Admin Portals (Microsoft recommends this way).',
    createTask:
      'Create a Conditional Access policy "MFA for Volume Licensing Central" that requires multifactor authentication for All users on Microsoft Admin Portals, and set it to On. If the tenant has no Conditional Access (that needs a Microsoft Entra ID P1 licence), turn on Security Defaults, which need no licence; per-user MFA is the last resort.',
    reportOnlyToOn: (name: string) => `switch Enable policy of "${name}" from Report-only to On.`,
    offToOn: (name: string) => `set Enable policy of "${name}" to On.`,
    fix: (name: string) => `Fix "${name}":`,
    then: (task: string) => `Then ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Security Defaults: check by hand',
    manualDetail: (why: string) => `${why} Check in Entra ID > Overview > Properties.`,
    onTitle: 'Security Defaults are on',
    onDetail:
      'Every user must register for MFA. Microsoft decides when a user is asked for it at sign-in; certain administrator roles, such as Global, Security and Conditional Access Administrators, are asked at every sign-in. They apply to all sign-ins on all apps, Volume Licensing Central included, so you may not need a separate policy.',
    offTitle: 'Security Defaults are off',
    offExpected: 'As expected: Security Defaults cannot be on while Conditional Access policies are in use.',
    offDetail:
      "If your tenant doesn't have Conditional Access (that needs a Microsoft Entra ID P1 licence), Security Defaults, which need no licence, are the catch-all alternative: every user must register for MFA, and performs it when Microsoft decides it is needed (certain administrator roles, such as Global, Security and Conditional Access Administrators, at every sign-in), on all apps.",
  },
  perUserMfa: {
    title: 'Per-user MFA (legacy): check it by hand',
    detail:
      "Microsoft Graph v1.0 does not show per-user MFA, so the bot can't see it. If your tenant relies on it instead of Conditional Access or Security Defaults, check every account that uses Volume Licensing Central.",
  },
  registration: {
    manualTitle: (upn: string) => `MFA registration of ${upn}: check by hand`,
    notFoundTitle: (upn: string) => `MFA registration of ${upn}: not found`,
    notFoundDetail:
      'The tenant has no registration details for this address: check the address. A guest from a partner organisation might register MFA in their home tenant, but that MFA counts here only when your cross-tenant access inbound trust settings accept MFA from their home tenant; otherwise the guest registers and performs MFA in your tenant.',
    notRegisteredTitle: (upn: string) => `${upn} has not registered for MFA`,
    notRegisteredDetail: 'Register before signing in to Volume Licensing Central; otherwise the sign-in asks for registration first and cannot be skipped.',
    oneMethodTitle: (upn: string) => `${upn} is registered for MFA with one method`,
    oneMethodDetail: (methods: string) => `With ${methods}, and no backup method yet.`,
    doneTitle: (upn: string) => `${upn} is registered for MFA`,
    doneDetail: (methods: string) => `With ${methods}.`,
    unknownMethods: 'methods the directory does not name',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'Microsoft Authenticator notifications',
      microsoftAuthenticatorPasswordless: 'Microsoft Authenticator passwordless sign-in',
      softwareOneTimePasscode: 'codes from an authenticator app',
      hardwareOneTimePasscode: 'a hardware token',
      mobilePhone: 'a mobile phone',
      alternateMobilePhone: 'a second mobile phone',
      officePhone: 'an office phone',
      email: 'an e-mail address',
      fido2SecurityKey: 'a FIDO2 security key',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: 'a Temporary Access Pass',
      passKeyDeviceBound: 'a passkey',
      passKeyDeviceBoundAuthenticator: 'a passkey in Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'a passkey in Windows Hello',
      passKeySynced: 'a synced passkey',
      macOsSecureEnclaveKey: 'a macOS Platform SSO key',
      securityQuestion: 'security questions',
      externalAuthMethod: 'an external authentication method',
    } as Record<string, string>,
    otherMethod: 'another method',
    otherMethods: (n: number) => `${n} other methods`,
    and: ' and ',
  },
  notConfigured: 'The bot is not connected to Microsoft Graph.',
  otherTenant: "The bot's app cannot read this tenant.",
} as const;

const R = words;
const CA = R.conditionalAccess;
const SD = R.securityDefaults;
const REG = R.registration;

const problems: WordsFor<PolicyProblem> = {
  'not-all-users': () => R.problems.notAllUsers,
  'other-resources': () => R.problems.otherResources,
  blocks: () => R.problems.blocks,
  'without-mfa': ({ controls }) => R.problems.withoutMfa(controls.join(', ')),
};
const problemsInWords = (list: readonly PolicyProblem[]) => list.map((problem) => inWords(problems, problem));

function policyInWords(p: PolicyAssessment): PolicyAssessmentInWords {
  const exclusions = p.exclusions && R.problems.excludes(p.exclusions.map(({ count, what }) => R.problems.excluded(count, what)).join(', '));
  return { ...p, problems: problemsInWords(p.problems), exclusions };
}

function stateName(state: string): string {
  if (state === REPORT_ONLY) return R.states.reportOnly;
  if (state === 'enabled') return R.states.on;
  if (state === 'disabled') return R.states.off;
  return state;
}

/** A policy as a point's detail names it: its name, its state, what is wrong, whom it leaves out. */
function describe(p: PolicyAssessment): string {
  const { problems: wrong, exclusions } = policyInWords(p);
  return [`"${p.displayName}" (${stateName(p.state)})`, ...wrong, exclusions ?? ''].filter(Boolean).join(' ');
}

/** What stopped a directory read, as Graph said it or as the bot knows it. */
function failureInWords(failure: ReadFailure): string {
  if (failure.kind !== 'unreachable') return failure.message;
  return failure.reason === 'not-configured' ? R.notConfigured : R.otherTenant;
}

/**
 * Graph's method ids as people read them: known ones by name, the rest counted as "another
 * method", so a raw id never shows as text.
 */
function methodsInWords(methodIds: readonly string[]): string {
  const names = REG.methodNames;
  const known = [...new Set(methodIds.filter((id) => Object.hasOwn(names, id)).map((id) => names[id]))];
  const others = new Set(methodIds.filter((id) => !Object.hasOwn(names, id))).size;
  const parts = [...known, ...(others === 0 ? [] : [others === 1 ? REG.otherMethod : REG.otherMethods(others)])];
  if (parts.length === 0) return REG.unknownMethods;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${REG.and}${parts.at(-1)}`;
}

type TitleAndDetail = { title: string; detail: string };
const findings: { readonly [C in ReadinessFinding['code']]: (finding: Extract<ReadinessFinding, { code: C }>) => TitleAndDetail } = {
  'conditional-access-manual': ({ failure }) => ({ title: CA.manualTitle, detail: `${failure ? failureInWords(failure) : ''} ${CA.manualDetail}`.trim() }),
  'conditional-access-enforced': ({ enforcing, blocking }) => {
    const detail = [CA.enforcedBy(enforcing.map(describe).join('; '))];
    if (enforcing.some((p) => p.exclusions)) detail.push(CA.checkExclusions);
    if (blocking.length > 0) detail.push(CA.alsoNote(blocking.map(describe).join('; ')));
    return { title: CA.enforcedTitle, detail: detail.join(' ') };
  },
  'conditional-access-short': ({ shortfalls }) => ({ title: CA.shortTitle, detail: shortfalls.map(describe).join(' ') }),
  'conditional-access-none': () => ({ title: CA.noneTitle, detail: CA.noneDetail }),
  'security-defaults-manual': ({ failure }) => ({ title: SD.manualTitle, detail: SD.manualDetail(failureInWords(failure)) }),
  'security-defaults-on': () => ({ title: SD.onTitle, detail: SD.onDetail }),
  'security-defaults-off-expected': () => ({ title: SD.offTitle, detail: SD.offExpected }),
  'security-defaults-off': () => ({ title: SD.offTitle, detail: SD.offDetail }),
  'per-user-mfa': () => ({ title: R.perUserMfa.title, detail: R.perUserMfa.detail }),
  'registration-manual': ({ userPrincipalName, failure }) => ({ title: REG.manualTitle(userPrincipalName), detail: failureInWords(failure) }),
  'registration-not-found': ({ userPrincipalName }) => ({ title: REG.notFoundTitle(userPrincipalName), detail: REG.notFoundDetail }),
  'registration-missing': ({ userPrincipalName }) => ({ title: REG.notRegisteredTitle(userPrincipalName), detail: REG.notRegisteredDetail }),
  'registration-one-method': ({ userPrincipalName, methods }) => ({ title: REG.oneMethodTitle(userPrincipalName), detail: REG.oneMethodDetail(methodsInWords(methods)) }),
  'registration-done': ({ userPrincipalName, methods }) => ({ title: REG.doneTitle(userPrincipalName), detail: REG.doneDetail(methodsInWords(methods)) }),
};

function pointInWords(point: ReadinessPoint): ReadinessPointInWords {
  const { title, detail } = (findings[point.finding.code] as (finding: ReadinessFinding) => TitleAndDetail)(point.finding);
  return { id: point.id, status: point.status, title, detail, ...(point.steps ? { steps: [...manual.steps[point.steps]] } : {}) };
}

const tasks: WordsFor<AdminTask> = {
  'check-conditional-access': () => CA.manualTask,
  'create-policy': () => CA.createTask,
  'remove-block': ({ policy }) => CA.removeBlock(policy),
  'fix-policy': ({ policy, problems: wrong, switchOn }) => {
    const setOn = switchOn === 'report-only' ? CA.reportOnlyToOn(policy) : switchOn === 'off' ? CA.offToOn(policy) : '';
    if (wrong.length === 0) return setOn.charAt(0).toUpperCase() + setOn.slice(1);
    return [CA.fix(policy), ...problemsInWords(wrong), setOn && CA.then(setOn)].filter(Boolean).join(' ');
  },
};

/** The live MFA check: what the directory shows, point by point. */
export const readiness = {
  ...words,
  methodsInWords,
  policyInWords,
  /** The whole report in words, in the shape the command line's --json prints. */
  reportInWords: (report: MfaReadinessReport): MfaReadinessReportInWords => ({
    ...report,
    tenant: { ...report.tenant, mfaPolicies: report.tenant.mfaPolicies && report.tenant.mfaPolicies.map(policyInWords) },
    points: report.points.map(pointInWords),
    adminMustDo: report.adminMustDo.map((task) => inWords(tasks, task)),
  }),
};
