/**
 * Is the tenant (and a person in it) ready for mandatory MFA on Volume Licensing Central?
 * A pure evaluation of what the directory says (Security Defaults, Conditional Access
 * policies, the person's registration) into a point-by-point report the bot renders.
 */
import { sameTenant } from './tenant';
import {
  CONDITIONAL_ACCESS_STEPS,
  MFA_REQUIRED_FROM,
  MFA_SUPPORT_CONTACT,
  PER_USER_MFA_STEPS,
  REGISTRATION_STEPS,
  SECURITY_DEFAULTS_STEPS,
  type DirectoryFailure,
  type DirectoryResult,
} from './manualSteps';
import { TEXT } from '../text/en';

const R = TEXT.readiness;

export interface ConditionalAccessPolicy {
  displayName: string;
  state: string;
  includeUsers: string[];
  includeGroups: string[];
  includeRoles: string[];
  excludeUsers: string[];
  excludeGroups: string[];
  excludeRoles: string[];
  includeApplications: string[];
  excludeApplications: string[];
  operator: string;
  builtInControls: string[];
  /** Display name (or id) of the required authentication strength; null when none. */
  authenticationStrength: string | null;
}

export interface UserRegistration {
  userPrincipalName: string;
  isMfaRegistered: boolean;
  methodsRegistered: string[];
  defaultMfaMethod: string | null;
}

export interface MfaDirectory {
  readonly tenantId: string;
  securityDefaultsEnabled(): Promise<DirectoryResult<boolean>>;
  conditionalAccessPolicies(): Promise<DirectoryResult<ConditionalAccessPolicy[]>>;
  /** null when the tenant has no registration details for that address. */
  registrationDetails(userPrincipalName: string): Promise<DirectoryResult<UserRegistration | null>>;
}

export type PointStatus = 'done' | 'todo' | 'warning' | 'unknown';

export interface ReadinessPoint {
  id: 'conditional-access' | 'security-defaults' | 'per-user-mfa' | 'user-registration';
  status: PointStatus;
  title: string;
  detail: string;
  steps?: string[];
}

/** How one MFA policy measures up to the guidance. */
export interface PolicyAssessment {
  displayName: string;
  state: string;
  verdict: 'enforces' | 'report-only' | 'off' | 'wrongly-scoped';
  /** What keeps it from enforcing MFA for everyone on the admin portals, each naming the setting that fixes it. */
  problems: string[];
  /** Who it leaves out: worth a look, not wrong in itself (emergency access accounts are commonly excluded). */
  exclusions: string | null;
  blocks: boolean;
}

export interface MfaReadinessReport {
  checkedAt: string;
  requirement: { from: string; inForce: boolean };
  tenant: {
    tenantId: string | null;
    securityDefaults: boolean | null;
    mfaEnforcedBy: 'conditional-access' | 'security-defaults' | null;
    /** Policies that ask for MFA; null when they could not be read. */
    mfaPolicies: PolicyAssessment[] | null;
  };
  user?: {
    userPrincipalName: string;
    found: boolean | null;
    registered: boolean | null;
    methods: string[];
    defaultMethod: string | null;
  };
  points: ReadinessPoint[];
  adminMustDo: string[];
  support: string;
}

export interface ReadinessInput {
  tenantId: string | null;
  securityDefaults: DirectoryResult<boolean>;
  policies: DirectoryResult<ConditionalAccessPolicy[]>;
  user?: { userPrincipalName: string; registration: DirectoryResult<UserRegistration | null> };
  now: Date;
}

const REPORT_ONLY = 'enabledForReportingButNotEnforced';

export function assessPolicy(policy: ConditionalAccessPolicy): PolicyAssessment {
  const problems: string[] = [];
  if (!policy.includeUsers.includes('All')) problems.push(R.problems.notAllUsers);
  const appsCovered =
    (policy.includeApplications.includes('All') || policy.includeApplications.includes('MicrosoftAdminPortals')) &&
    !policy.excludeApplications.includes('MicrosoftAdminPortals');
  if (!appsCovered) problems.push(R.problems.otherResources);
  const blocks = policy.builtInControls.includes('block');
  if (blocks) problems.push(R.problems.blocks);
  const alternatives = policy.builtInControls.filter((c) => c !== 'mfa' && c !== 'block');
  if (policy.operator.toUpperCase() === 'OR' && alternatives.length > 0) {
    problems.push(R.problems.withoutMfa(alternatives.join(', ')));
  }
  const excluded = [
    [policy.excludeUsers.length, 'user'],
    [policy.excludeGroups.length, 'group'],
    [policy.excludeRoles.length, 'role'],
  ] as const;
  const exclusionParts = excluded.filter(([n]) => n > 0).map(([n, what]) => R.problems.excluded(n, what));
  return {
    displayName: policy.displayName,
    state: policy.state,
    verdict: verdictOf(policy.state, problems),
    problems,
    exclusions: exclusionParts.length ? R.problems.excludes(exclusionParts.join(', ')) : null,
    blocks,
  };
}

function verdictOf(state: string, problems: string[]): PolicyAssessment['verdict'] {
  if (problems.length > 0) return 'wrongly-scoped';
  if (state === REPORT_ONLY) return 'report-only';
  return state === 'enabled' ? 'enforces' : 'off';
}

const requiresMfa = (p: ConditionalAccessPolicy) => p.builtInControls.includes('mfa') || p.authenticationStrength !== null;

export function evaluateMfaReadiness(input: ReadinessInput): MfaReadinessReport {
  const securityDefaults = input.securityDefaults.ok ? input.securityDefaults.value : null;
  const allPolicies = input.policies.ok ? input.policies.value : null;
  const mfaPolicies = allPolicies ? allPolicies.filter(requiresMfa).map(assessPolicy) : null;
  const enforcing = mfaPolicies?.filter((p) => p.verdict === 'enforces') ?? [];
  const mfaEnforcedBy = enforcing.length > 0 ? 'conditional-access' : securityDefaults ? 'security-defaults' : null;

  const points: ReadinessPoint[] = [];
  const adminMustDo: string[] = [];
  const ca = conditionalAccessPoint(input.policies, mfaPolicies, enforcing, securityDefaults === true);
  if (ca) points.push(ca.point);
  adminMustDo.push(...(ca?.mustDo ?? []));

  const sd = securityDefaultsPoint(input.securityDefaults, allPolicies, mfaEnforcedBy);
  points.push(sd.point);
  adminMustDo.push(...sd.mustDo);

  if (mfaEnforcedBy === null) {
    points.push({ id: 'per-user-mfa', status: 'unknown', title: R.perUserMfa.title, detail: R.perUserMfa.detail, steps: PER_USER_MFA_STEPS });
  }

  const report: MfaReadinessReport = {
    checkedAt: input.now.toISOString(),
    requirement: { from: MFA_REQUIRED_FROM, inForce: input.now.toISOString().slice(0, 10) >= MFA_REQUIRED_FROM },
    tenant: { tenantId: input.tenantId, securityDefaults, mfaEnforcedBy, mfaPolicies },
    points,
    adminMustDo,
    support: MFA_SUPPORT_CONTACT,
  };
  if (input.user) {
    const { userPrincipalName, registration } = input.user;
    const details = registration.ok ? registration.value : null;
    report.user = {
      userPrincipalName,
      found: registration.ok ? details !== null : null,
      registered: details ? details.isMfaRegistered : null,
      methods: details?.methodsRegistered ?? [],
      defaultMethod: details?.defaultMfaMethod ?? null,
    };
    points.push(registrationPoint(userPrincipalName, registration));
  }
  return report;
}

interface PointWithTasks {
  point: ReadinessPoint;
  mustDo: string[];
}

function conditionalAccessPoint(
  read: DirectoryResult<ConditionalAccessPolicy[]>,
  mfaPolicies: PolicyAssessment[] | null,
  enforcing: PolicyAssessment[],
  securityDefaultsOn: boolean,
): PointWithTasks | null {
  const id = 'conditional-access';
  if (!read.ok || !mfaPolicies) {
    // Security Defaults on already require MFA, and exclude enabled Conditional Access policies.
    if (securityDefaultsOn) return null;
    return {
      point: {
        id,
        status: 'unknown',
        title: R.conditionalAccess.manualTitle,
        detail: `${read.ok ? '' : read.failure.message} ${R.conditionalAccess.manualDetail}`.trim(),
        steps: CONDITIONAL_ACCESS_STEPS,
      },
      mustDo: [R.conditionalAccess.manualTask],
    };
  }
  const shortfalls = mfaPolicies.filter((p) => p.verdict !== 'enforces');
  const blocking = mfaPolicies.filter((p) => p.blocks && p.state !== 'disabled');
  const describe = (p: PolicyAssessment) => [`"${p.displayName}" (${stateName(p.state)})`, ...p.problems, p.exclusions ?? ''].filter(Boolean).join(' ');

  if (enforcing.length > 0) {
    const detail = [R.conditionalAccess.enforcedBy(enforcing.map(describe).join('; '))];
    if (enforcing.some((p) => p.exclusions)) detail.push(R.conditionalAccess.checkExclusions);
    if (blocking.length > 0) detail.push(R.conditionalAccess.alsoNote(blocking.map(describe).join('; ')));
    return {
      point: { id, status: blocking.length > 0 ? 'warning' : 'done', title: R.conditionalAccess.enforcedTitle, detail: detail.join(' ') },
      mustDo: blocking.map((p) => R.conditionalAccess.removeBlock(p.displayName)),
    };
  }
  if (shortfalls.length > 0) {
    return {
      point: {
        id,
        status: 'warning',
        title: R.conditionalAccess.shortTitle,
        detail: shortfalls.map(describe).join(' '),
        steps: CONDITIONAL_ACCESS_STEPS,
      },
      mustDo: shortfalls.map(fixFor),
    };
  }
  // Security Defaults already require MFA and no policy asks for it: nothing to say about Conditional Access.
  if (securityDefaultsOn) return null;
  return {
    point: {
      id,
      status: 'todo',
      title: R.conditionalAccess.noneTitle,
      detail: R.conditionalAccess.noneDetail,
      steps: CONDITIONAL_ACCESS_STEPS,
    },
    mustDo: [R.conditionalAccess.createTask],
  };
}

function fixFor(p: PolicyAssessment): string {
  const switchOn =
    p.state === REPORT_ONLY ? R.conditionalAccess.reportOnlyToOn(p.displayName) : p.state === 'enabled' ? '' : R.conditionalAccess.offToOn(p.displayName);
  if (p.problems.length === 0) return switchOn.charAt(0).toUpperCase() + switchOn.slice(1);
  return [R.conditionalAccess.fix(p.displayName), ...p.problems, switchOn && R.conditionalAccess.then(switchOn)].filter(Boolean).join(' ');
}

function stateName(state: string): string {
  if (state === REPORT_ONLY) return R.states.reportOnly;
  if (state === 'enabled') return R.states.on;
  if (state === 'disabled') return R.states.off;
  return state;
}

function securityDefaultsPoint(
  read: DirectoryResult<boolean>,
  policies: ConditionalAccessPolicy[] | null,
  enforcedBy: MfaReadinessReport['tenant']['mfaEnforcedBy'],
): PointWithTasks {
  const id = 'security-defaults';
  if (!read.ok) {
    return {
      point: { id, status: 'unknown', title: R.securityDefaults.manualTitle, detail: R.securityDefaults.manualDetail(read.failure.message), steps: SECURITY_DEFAULTS_STEPS },
      mustDo: [],
    };
  }
  if (read.value) {
    return {
      point: { id, status: 'done', title: R.securityDefaults.onTitle, detail: R.securityDefaults.onDetail },
      mustDo: [],
    };
  }
  if (enforcedBy === 'conditional-access' || (policies && policies.length > 0)) {
    return {
      point: { id, status: 'done', title: R.securityDefaults.offTitle, detail: R.securityDefaults.offExpected },
      mustDo: [],
    };
  }
  return {
    point: {
      id,
      status: 'todo',
      title: R.securityDefaults.offTitle,
      detail: R.securityDefaults.offDetail,
      steps: SECURITY_DEFAULTS_STEPS,
    },
    mustDo: [],
  };
}

function registrationPoint(userPrincipalName: string, read: DirectoryResult<UserRegistration | null>): ReadinessPoint {
  const id = 'user-registration';
  if (!read.ok) {
    return { id, status: 'unknown', title: R.registration.manualTitle(userPrincipalName), detail: read.failure.message, steps: REGISTRATION_STEPS };
  }
  const details = read.value;
  if (!details) {
    return {
      id,
      status: 'unknown',
      title: R.registration.notFoundTitle(userPrincipalName),
      detail: R.registration.notFoundDetail,
      steps: REGISTRATION_STEPS,
    };
  }
  if (!details.isMfaRegistered) {
    return {
      id,
      status: 'todo',
      title: R.registration.notRegisteredTitle(userPrincipalName),
      detail: R.registration.notRegisteredDetail,
      steps: REGISTRATION_STEPS,
    };
  }
  const methods = methodsInWords(details.methodsRegistered);
  if (details.methodsRegistered.length < 2) {
    return {
      id,
      status: 'warning',
      title: R.registration.oneMethodTitle(userPrincipalName),
      detail: R.registration.oneMethodDetail(methods),
      steps: [REGISTRATION_STEPS[1]],
    };
  }
  return { id, status: 'done', title: R.registration.doneTitle(userPrincipalName), detail: R.registration.doneDetail(methods) };
}

/**
 * Graph's method ids as people read them: known ones by name, the rest counted as "another
 * method", so a raw id never shows as text.
 */
export function methodsInWords(methodIds: readonly string[]): string {
  const names = R.registration.methodNames;
  const known = [...new Set(methodIds.filter((id) => Object.hasOwn(names, id)).map((id) => names[id]))];
  const others = new Set(methodIds.filter((id) => !Object.hasOwn(names, id))).size;
  const parts = [...known, ...(others === 0 ? [] : [others === 1 ? R.registration.otherMethod : R.registration.otherMethods(others)])];
  if (parts.length === 0) return R.registration.unknownMethods;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')}${R.registration.and}${parts.at(-1)}`;
}

export type MfaReadinessResult =
  | { kind: 'report'; report: MfaReadinessReport }
  /** Graph is not configured: every point is a manual check. */
  | { kind: 'manual'; reason: 'not-configured' | 'other-tenant'; report: MfaReadinessReport }
  /** Some reads failed (permission missing or Graph failing): those points are manual checks. */
  | { kind: 'directory-error'; failures: DirectoryFailure[]; report: MfaReadinessReport };

export interface MfaReadinessRequest {
  tenantId: string | null;
  userPrincipalName?: string;
  now?: Date;
}

export async function checkMfaReadiness(directory: MfaDirectory | null, request: MfaReadinessRequest): Promise<MfaReadinessResult> {
  const now = request.now ?? new Date();
  const reachable = directory && (request.tenantId === null || sameTenant(request.tenantId, directory.tenantId));
  if (!directory || !reachable) {
    const reason = directory ? 'other-tenant' : 'not-configured';
    const failure: DirectoryResult<never> = {
      ok: false,
      failure: {
        kind: 'not-configured',
        message: reason === 'not-configured' ? R.notConfigured : R.otherTenant,
      },
    };
    const user = request.userPrincipalName ? { userPrincipalName: request.userPrincipalName, registration: failure } : undefined;
    const report = evaluateMfaReadiness({ tenantId: request.tenantId, securityDefaults: failure, policies: failure, user, now });
    return { kind: 'manual', reason, report };
  }
  const [securityDefaults, policies, registration] = await Promise.all([
    directory.securityDefaultsEnabled(),
    directory.conditionalAccessPolicies(),
    request.userPrincipalName ? directory.registrationDetails(request.userPrincipalName) : undefined,
  ]);
  const user = request.userPrincipalName && registration ? { userPrincipalName: request.userPrincipalName, registration } : undefined;
  const report = evaluateMfaReadiness({ tenantId: request.tenantId ?? directory.tenantId, securityDefaults, policies, user, now });
  const failures = [securityDefaults, policies, registration].flatMap((r) => (r && !r.ok ? [r.failure] : []));
  return failures.length > 0 ? { kind: 'directory-error', failures, report } : { kind: 'report', report };
}
