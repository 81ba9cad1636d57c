/**
 * Is the tenant (and a person in it) ready for mandatory MFA on Volume Licensing Central?
 * A pure evaluation of what the directory says (Security Defaults, Conditional Access
 * policies, the person's registration) into a point-by-point report of codes and facts,
 * which the catalog words (its readiness area) for the bot and the command line.
 */
import { sameTenant } from './tenant';
import { MFA_REQUIRED_FROM, MFA_SUPPORT_CONTACT, type DirectoryFailure, type DirectoryResult, type ManualSteps } from './manualSteps';

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

/** A directory read the bot could not make at all: no Graph configured, or a tenant its app cannot read. */
export interface Unreachable {
  kind: 'unreachable';
  reason: 'not-configured' | 'other-tenant';
}

export type ReadFailure = DirectoryFailure | Unreachable;
export type ReadResult<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

/** What keeps a Conditional Access policy from enforcing MFA for everyone on the admin portals. */
export type PolicyProblem = { code: 'not-all-users' } | { code: 'other-resources' } | { code: 'blocks' } | { code: 'without-mfa'; controls: string[] };

/** What one point of the check found, with the facts its words need. */
export type ReadinessFinding =
  | { code: 'conditional-access-manual'; failure: ReadFailure | null }
  | { code: 'conditional-access-enforced'; enforcing: PolicyAssessment[]; blocking: PolicyAssessment[] }
  | { code: 'conditional-access-short'; shortfalls: PolicyAssessment[] }
  | { code: 'conditional-access-none' }
  | { code: 'security-defaults-manual'; failure: ReadFailure }
  | { code: 'security-defaults-on' }
  /** Off, as it must be while Conditional Access policies are in use. */
  | { code: 'security-defaults-off-expected' }
  | { code: 'security-defaults-off' }
  | { code: 'per-user-mfa' }
  | { code: 'registration-manual'; userPrincipalName: string; failure: ReadFailure }
  | { code: 'registration-not-found'; userPrincipalName: string }
  | { code: 'registration-missing'; userPrincipalName: string }
  | { code: 'registration-one-method'; userPrincipalName: string; methods: string[] }
  | { code: 'registration-done'; userPrincipalName: string; methods: string[] };

export interface ReadinessPoint {
  id: 'conditional-access' | 'security-defaults' | 'per-user-mfa' | 'user-registration';
  status: PointStatus;
  finding: ReadinessFinding;
  /** The steps that do it by hand. */
  steps?: ManualSteps;
}

/** Something the admin still has to do. */
export type AdminTask =
  | { code: 'check-conditional-access' }
  | { code: 'create-policy' }
  | { code: 'remove-block'; policy: string }
  /** `switchOn`: the policy's Enable policy, when it still has to be set to On. */
  | { code: 'fix-policy'; policy: string; problems: PolicyProblem[]; switchOn: 'report-only' | 'off' | null };

/** How one MFA policy measures up to the guidance. */
export interface PolicyAssessment {
  displayName: string;
  state: string;
  verdict: 'enforces' | 'report-only' | 'off' | 'wrongly-scoped';
  /** What keeps it from enforcing MFA for everyone on the admin portals, each naming the setting that fixes it. */
  problems: PolicyProblem[];
  /** Who it leaves out: worth a look, not wrong in itself (emergency access accounts are commonly excluded). */
  exclusions: Array<{ count: number; what: 'user' | 'group' | 'role' }> | null;
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
  adminMustDo: AdminTask[];
  support: string;
}

export interface ReadinessInput {
  tenantId: string | null;
  securityDefaults: ReadResult<boolean>;
  policies: ReadResult<ConditionalAccessPolicy[]>;
  user?: { userPrincipalName: string; registration: ReadResult<UserRegistration | null> };
  now: Date;
}

export const REPORT_ONLY = 'enabledForReportingButNotEnforced';

export function assessPolicy(policy: ConditionalAccessPolicy): PolicyAssessment {
  const problems: PolicyProblem[] = [];
  if (!policy.includeUsers.includes('All')) problems.push({ code: 'not-all-users' });
  const appsCovered =
    (policy.includeApplications.includes('All') || policy.includeApplications.includes('MicrosoftAdminPortals')) &&
    !policy.excludeApplications.includes('MicrosoftAdminPortals');
  if (!appsCovered) problems.push({ code: 'other-resources' });
  const blocks = policy.builtInControls.includes('block');
  if (blocks) problems.push({ code: 'blocks' });
  const alternatives = policy.builtInControls.filter((c) => c !== 'mfa' && c !== 'block');
  if (policy.operator.toUpperCase() === 'OR' && alternatives.length > 0) {
    problems.push({ code: 'without-mfa', controls: alternatives });
  }
  const excluded = [
    { count: policy.excludeUsers.length, what: 'user' },
    { count: policy.excludeGroups.length, what: 'group' },
    { count: policy.excludeRoles.length, what: 'role' },
  ] as const;
  const exclusions = excluded.filter(({ count }) => count > 0);
  return {
    displayName: policy.displayName,
    state: policy.state,
    verdict: verdictOf(policy.state, problems),
    problems,
    exclusions: exclusions.length ? [...exclusions] : null,
    blocks,
  };
}

function verdictOf(state: string, problems: PolicyProblem[]): PolicyAssessment['verdict'] {
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
  const adminMustDo: AdminTask[] = [];
  const ca = conditionalAccessPoint(input.policies, mfaPolicies, enforcing, securityDefaults === true);
  if (ca) points.push(ca.point);
  adminMustDo.push(...(ca?.mustDo ?? []));

  const sd = securityDefaultsPoint(input.securityDefaults, allPolicies, mfaEnforcedBy);
  points.push(sd.point);
  adminMustDo.push(...sd.mustDo);

  if (mfaEnforcedBy === null) {
    points.push({ id: 'per-user-mfa', status: 'unknown', finding: { code: 'per-user-mfa' }, steps: 'per-user-mfa' });
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
  mustDo: AdminTask[];
}

function conditionalAccessPoint(
  read: ReadResult<ConditionalAccessPolicy[]>,
  mfaPolicies: PolicyAssessment[] | null,
  enforcing: PolicyAssessment[],
  securityDefaultsOn: boolean,
): PointWithTasks | null {
  const id = 'conditional-access';
  if (!read.ok || !mfaPolicies) {
    // Security Defaults on already require MFA, and exclude enabled Conditional Access policies.
    if (securityDefaultsOn) return null;
    return {
      point: { id, status: 'unknown', finding: { code: 'conditional-access-manual', failure: read.ok ? null : read.failure }, steps: 'conditional-access' },
      mustDo: [{ code: 'check-conditional-access' }],
    };
  }
  const shortfalls = mfaPolicies.filter((p) => p.verdict !== 'enforces');
  const blocking = mfaPolicies.filter((p) => p.blocks && p.state !== 'disabled');

  if (enforcing.length > 0) {
    return {
      point: { id, status: blocking.length > 0 ? 'warning' : 'done', finding: { code: 'conditional-access-enforced', enforcing, blocking } },
      mustDo: blocking.map((p) => ({ code: 'remove-block', policy: p.displayName })),
    };
  }
  if (shortfalls.length > 0) {
    return {
      point: { id, status: 'warning', finding: { code: 'conditional-access-short', shortfalls }, steps: 'conditional-access' },
      mustDo: shortfalls.map(fixFor),
    };
  }
  // Security Defaults already require MFA and no policy asks for it: nothing to say about Conditional Access.
  if (securityDefaultsOn) return null;
  return {
    point: { id, status: 'todo', finding: { code: 'conditional-access-none' }, steps: 'conditional-access' },
    mustDo: [{ code: 'create-policy' }],
  };
}

function fixFor(p: PolicyAssessment): AdminTask {
  const switchOn = p.state === REPORT_ONLY ? 'report-only' : p.state === 'enabled' ? null : 'off';
  return { code: 'fix-policy', policy: p.displayName, problems: p.problems, switchOn };
}

function securityDefaultsPoint(
  read: ReadResult<boolean>,
  policies: ConditionalAccessPolicy[] | null,
  enforcedBy: MfaReadinessReport['tenant']['mfaEnforcedBy'],
): PointWithTasks {
  const id = 'security-defaults';
  if (!read.ok) {
    return { point: { id, status: 'unknown', finding: { code: 'security-defaults-manual', failure: read.failure }, steps: 'security-defaults' }, mustDo: [] };
  }
  if (read.value) return { point: { id, status: 'done', finding: { code: 'security-defaults-on' } }, mustDo: [] };
  if (enforcedBy === 'conditional-access' || (policies && policies.length > 0)) {
    return { point: { id, status: 'done', finding: { code: 'security-defaults-off-expected' } }, mustDo: [] };
  }
  return { point: { id, status: 'todo', finding: { code: 'security-defaults-off' }, steps: 'security-defaults' }, mustDo: [] };
}

function registrationPoint(userPrincipalName: string, read: ReadResult<UserRegistration | null>): ReadinessPoint {
  const id = 'user-registration';
  if (!read.ok) return { id, status: 'unknown', finding: { code: 'registration-manual', userPrincipalName, failure: read.failure }, steps: 'registration' };
  const details = read.value;
  if (!details) return { id, status: 'unknown', finding: { code: 'registration-not-found', userPrincipalName }, steps: 'registration' };
  if (!details.isMfaRegistered) return { id, status: 'todo', finding: { code: 'registration-missing', userPrincipalName }, steps: 'registration' };
  const methods = details.methodsRegistered;
  if (methods.length < 2) return { id, status: 'warning', finding: { code: 'registration-one-method', userPrincipalName, methods }, steps: 'registration-backup' };
  return { id, status: 'done', finding: { code: 'registration-done', userPrincipalName, methods } };
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
    const failure: ReadResult<never> = { ok: false, failure: { kind: 'unreachable', reason } };
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
