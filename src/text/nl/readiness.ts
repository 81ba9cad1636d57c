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
import type { Catalog, MfaReadinessReportInWords, PolicyAssessmentInWords, ReadinessPointInWords } from '../catalog';
import { inWords, type WordsFor } from '../catalog';
import { manual } from './manual';
import { plural } from './plural';

const ONLY_MFA = '(Toegangsbeheer > Toekennen: alleen Meervoudige verificatie vereisen; Access controls > Grant: Require multifactor authentication only)';

const words = {
  heading: 'Uw organisatie, zojuist gecontroleerd',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Nog te doen',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Het geldt alleen voor geselecteerde gebruikers, groepen of rollen, niet voor Alle gebruikers (Toewijzingen > Gebruikers > Opnemen: Alle gebruikers; Assignments > Users > Include: All users).',
    otherResources:
      'Het is gericht op andere resources, niet op Microsoft-beheerportals of Alle resources (Doelresources > Opnemen > Resources selecteren: Microsoft-beheerportals; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks: `Het bevat ook 'Toegang blokkeren' ('Block access'), wat de aanmelding blokkeert in plaats van om MFA te vragen ${ONLY_MFA}.`,
    withoutMfa: (controls: string) => `Er kan zonder MFA aan worden voldaan: het accepteert ook ${controls} ${ONLY_MFA}.`,
    excludes: (parts: string) => `Het sluit ${parts} uit.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') =>
      `${n} ${{ user: plural(n, 'gebruiker', 'gebruikers'), group: plural(n, 'groep', 'groepen'), role: plural(n, 'rol', 'rollen') }[what]}`,
  },
  states: { reportOnly: 'Alleen-rapport (Report-only)', on: 'Aan', off: 'Uit' },
  conditionalAccess: {
    manualTitle: 'Voorwaardelijke toegang: handmatig controleren',
    manualDetail:
      'Controleer in Entra ID > Voorwaardelijke toegang > Beleid (Conditional Access > Policies) dat een beleid MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) en op Aan staat.',
    manualTask:
      'Controleer in het Entra-beheercentrum dat een beleid voor voorwaardelijke toegang MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) en op Aan staat (of dat de standaardinstellingen voor beveiliging aan staan).',
    enforcedTitle: 'Voorwaardelijke toegang vereist MFA op de beheerportals',
    enforcedBy: (policies: string) => `Afgedwongen door ${policies}`,
    checkExclusions: 'Zorg ervoor dat niemand die is uitgesloten zich aanmeldt bij Volume Licensing Central.',
    alsoNote: (policies: string) => `Let ook op: ${policies}`,
    removeBlock: (name: string) => `Verwijder 'Toegang blokkeren' ('Block access') uit "${name}" (Toegangsbeheer > Toekennen) als het alleen om MFA moet vragen.`,
    shortTitle: 'Voorwaardelijke toegang: er is een MFA-beleid, maar het dwingt MFA niet voor iedereen af',
    noneTitle: 'Voorwaardelijke toegang: geen beleid vereist MFA',
    noneDetail:
      'Maak een beleid voor voorwaardelijke toegang dat MFA vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals) (de manier die Microsoft aanbeveelt).',
    createTask:
      'Maak een beleid voor voorwaardelijke toegang "MFA voor Volume Licensing Central" dat meervoudige verificatie vereist voor Alle gebruikers op Microsoft-beheerportals (Microsoft Admin Portals), en zet het op Aan. Heeft de tenant geen voorwaardelijke toegang (daarvoor is een Microsoft Entra ID P1-licentie nodig), zet dan de standaardinstellingen voor beveiliging (Security defaults) aan, die geen licentie nodig hebben; MFA per gebruiker is het laatste redmiddel.',
    reportOnlyToOn: (name: string) => `zet Beleid inschakelen (Enable policy) van "${name}" van Alleen-rapport (Report-only) op Aan.`,
    offToOn: (name: string) => `zet Beleid inschakelen (Enable policy) van "${name}" op Aan.`,
    fix: (name: string) => `Corrigeer "${name}":`,
    then: (task: string) => `Daarna: ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Standaardinstellingen voor beveiliging: handmatig controleren',
    manualDetail: (why: string) => `${why} Controleer het in Entra ID > Overzicht > Eigenschappen (Overview > Properties).`,
    onTitle: 'De standaardinstellingen voor beveiliging staan aan',
    onDetail:
      'Elke gebruiker moet zich registreren voor MFA. Microsoft beslist wanneer een gebruiker er bij de aanmelding om wordt gevraagd; bepaalde beheerdersrollen, zoals globale beheerder, beveiligingsbeheerder en beheerder voor voorwaardelijke toegang, worden bij elke aanmelding gevraagd. Ze gelden voor alle aanmeldingen bij alle apps, Volume Licensing Central inbegrepen, dus u hebt misschien geen apart beleid nodig.',
    offTitle: 'De standaardinstellingen voor beveiliging staan uit',
    offExpected: 'Zoals verwacht: de standaardinstellingen voor beveiliging kunnen niet aan staan terwijl er beleid voor voorwaardelijke toegang wordt gebruikt.',
    offDetail:
      'Heeft uw tenant geen voorwaardelijke toegang (daarvoor is een Microsoft Entra ID P1-licentie nodig), dan zijn de standaardinstellingen voor beveiliging (Security defaults), die geen licentie nodig hebben, het alternatief dat alles dekt: elke gebruiker moet zich registreren voor MFA en voert het uit wanneer Microsoft beslist dat het nodig is (bepaalde beheerdersrollen, zoals globale beheerder, beveiligingsbeheerder en beheerder voor voorwaardelijke toegang, bij elke aanmelding), bij alle apps.',
  },
  perUserMfa: {
    title: 'MFA per gebruiker (verouderd): handmatig controleren',
    detail:
      'Microsoft Graph v1.0 toont MFA per gebruiker niet, dus de bot kan het niet zien. Als uw tenant daarop vertrouwt in plaats van op voorwaardelijke toegang of de standaardinstellingen voor beveiliging, controleer dan elk account dat Volume Licensing Central gebruikt.',
  },
  registration: {
    manualTitle: (upn: string) => `MFA-registratie van ${upn}: handmatig controleren`,
    notFoundTitle: (upn: string) => `MFA-registratie van ${upn}: niet gevonden`,
    notFoundDetail:
      'De tenant heeft geen registratiegegevens voor dit adres: controleer het adres. Een gast van een partnerorganisatie registreert MFA misschien in zijn thuistenant, maar die MFA telt hier alleen als uw instellingen voor inkomend vertrouwen voor toegang tussen tenants MFA van zijn thuistenant accepteren; anders registreert de gast zich voor MFA in uw tenant en voert hij MFA daar uit.',
    notRegisteredTitle: (upn: string) => `${upn} heeft zich niet geregistreerd voor MFA`,
    notRegisteredDetail:
      'Registreer u voordat u zich aanmeldt bij Volume Licensing Central; anders vraagt de aanmelding eerst om registratie, en die kan niet worden overgeslagen.',
    oneMethodTitle: (upn: string) => `${upn} is geregistreerd voor MFA met één methode`,
    oneMethodDetail: (methods: string) => `Met ${methods}, en nog geen reservemethode.`,
    doneTitle: (upn: string) => `${upn} is geregistreerd voor MFA`,
    doneDetail: (methods: string) => `Met ${methods}.`,
    unknownMethods: 'methoden die de directory niet benoemt',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'meldingen in Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'aanmelden zonder wachtwoord met Microsoft Authenticator',
      softwareOneTimePasscode: 'codes uit een authenticator-app',
      hardwareOneTimePasscode: 'een hardwaretoken',
      mobilePhone: 'een mobiele telefoon',
      alternateMobilePhone: 'een tweede mobiele telefoon',
      officePhone: 'een kantoortelefoon',
      email: 'een e-mailadres',
      fido2SecurityKey: 'een FIDO2-beveiligingssleutel',
      windowsHelloForBusiness: 'Windows Hello for Business',
      temporaryAccessPass: 'een tijdelijke toegangspas (Temporary Access Pass)',
      passKeyDeviceBound: 'een wachtwoordsleutel',
      passKeyDeviceBoundAuthenticator: 'een wachtwoordsleutel in Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'een wachtwoordsleutel in Windows Hello',
      passKeySynced: 'een gesynchroniseerde wachtwoordsleutel',
      macOsSecureEnclaveKey: 'een macOS Platform SSO-sleutel',
      securityQuestion: 'beveiligingsvragen',
      externalAuthMethod: 'een externe verificatiemethode',
    } as Record<string, string>,
    otherMethod: 'een andere methode',
    otherMethods: (n: number) => `${n} andere methoden`,
    and: ' en ',
  },
  notConfigured: 'De bot is niet verbonden met Microsoft Graph.',
  otherTenant: 'De app van de bot kan deze tenant niet lezen.',
};

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
export const readiness: Catalog['readiness'] = {
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
