/** The live MFA check's words (../assemble/readiness.ts puts the directory's findings in them, point by point). */
export const readiness = {
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
    /** Two or more methods: "a, b and c". */
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
  },
  notConfigured: 'The bot is not connected to Microsoft Graph.',
  otherTenant: "The bot's app cannot read this tenant.",
  /** Items of a list: the controls a policy also accepts, whom it excludes. */
  list: (items: readonly string[]) => items.join(', '),
  /** A policy as a point's detail names it: its name and its state. */
  policy: (name: string, state: string) => `"${name}" (${state})`,
  /** Policies named one after another, each with what is wrong with it. */
  policies: (described: readonly string[]) => described.join('; '),
  /** Sentences of one detail, one after another. */
  sentences: (sentences: readonly string[]) => sentences.join(' '),
} as const;
