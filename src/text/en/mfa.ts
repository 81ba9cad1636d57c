/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa = {
  title: 'MFA for Volume Licensing Central',
  summary:
    'Everyone who signs in to Volume Licensing Central must use multifactor authentication (MFA): it has been mandatory since 5 January 2026. If you have not set it up, the sign-in asks you to register first, and you cannot skip it.',
  user: {
    heading: 'What you do',
    short: 'What you do: register at https://aka.ms/mfasetup with at least one verification method, and add a backup method.',
    steps: [
      'Go to the MFA setup page, https://aka.ms/mfasetup, and add at least one verification method your organisation allows. The Microsoft Authenticator app on your phone is often easiest.',
      'Add a backup method (a second phone or a hardware token, if you have one) in case you lose access to the first.',
      'If you sign in before registering, Microsoft Entra ID asks you to register first: select Next, choose a verification method from the list, finish registration, then complete the MFA check with it. The prompt appears each time until you complete it.',
    ],
  },
  help: 'Who can help: your Global Administrator, or an admin who manages security settings. “Who is my admin?” lists them.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Your organisation requires MFA',
    summary: (enforcedBy: string) => `Checked just now: ${enforcedBy}.`,
    userDone: 'Sign in to Volume Licensing Central and answer the MFA prompt. Keep more than one method registered, in case you lose access to one.',
    addBackup: 'Sign in to Volume Licensing Central and answer the MFA prompt. Add a backup method at https://aka.ms/mfasetup (a second phone or a hardware token) in case you lose access to the first.',
    registerFirst: 'What you do first',
    detailsButton: 'What was checked',
  },
  notReady: {
    summary:
      'Checked just now: your organisation does not yet require MFA for everyone, and Volume Licensing Central requires it since 5 January 2026. Your Global Administrator needs to finish this:',
  },
  admin: {
    button: 'What your admin does',
    allButton: 'Steps for you and your admin',
    heading: 'What your Global Administrator does',
    whoCan: (whoCanEnforce: string) =>
      `Who can do it: ${whoCanEnforce}. An Authentication Policy Administrator chooses which verification methods users may register. “Who is my admin?” lists the people in these roles.`,
    intro: 'Require MFA for all users with a Conditional Access policy (recommended):',
    steps: [
      'Sign in to the Microsoft Entra admin center, https://entra.microsoft.com, as a Global Administrator (or Conditional Access Administrator).',
      'Go to Entra ID > Conditional Access > Overview and select + Create new policy.',
      'Name it, for example "MFA for Volume Licensing Central".',
      'Under Assignments > Users > Include, choose All users: this covers internal users and B2B guests.',
      'Under Target resources, keep "Resources (formerly cloud apps)", choose Select resources, and select Microsoft Admin Portals. This also requires MFA on the other Microsoft admin portals (Microsoft 365 admin center, Exchange admin center, Azure portal, Entra admin center and others).',
      'Leave Conditions at their defaults unless you need a specific exclusion.',
      'Under Access controls > Grant, choose Require multifactor authentication, with no conflicting control such as Block access.',
      'Set Enable policy to On and select Create.',
    ],
    fallbackHeading: 'If Conditional Access is not available',
    fallbacks: [
      'Security Defaults (Entra ID > Overview > Properties > Manage Security Defaults), for tenants without Conditional Access: Conditional Access needs a Microsoft Entra ID P1 licence, Security Defaults need none. With Security Defaults, every user must register for MFA, and Microsoft decides when a user is asked for it (certain administrator roles, such as Global, Security and Conditional Access Administrators, at every sign-in). They apply to all sign-ins on all apps, not only Volume Licensing Central. If Security Defaults are already on, you may not need a separate policy.',
      'Per-user MFA (legacy): in the Entra admin center under Users > Multi-Factor Authentication, or in the Microsoft 365 admin center under Active Users > MFA, set every account that uses Volume Licensing Central, guests included, to Enabled or Enforced: only the accounts you enable are covered. An enabled user is asked to register at the next sign-in in a browser, so tell them in advance.',
    ],
    methodsHeading: 'Verification methods, third-party MFA and federated sign-in',
    methods: [
      'Which verification methods users may register: Home > Authentication methods > Policies in the Entra portal.',
      'Third-party MFA can be integrated directly with Microsoft Entra ID, as an external authentication method.',
      'Federated sign-in (AD FS, Okta …): the identity provider must send the multipleauthn claim to Microsoft Entra ID, and Entra ID honours it only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider.',
    ],
    guestsHeading: 'Guests from partner organisations',
    guests:
      'Coordinate with your partners so their users know about the requirement; they might need to enable MFA in their home tenant, which services their MFA prompt in most cases (Microsoft’s partner guidance). MFA done in their home tenant counts in yours only when your cross-tenant access inbound trust settings trust MFA from it (Microsoft Learn); without that trust (the default) guests register and perform MFA in your tenant.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'a Global Administrator, or an admin whose role can manage these security settings: at least a Conditional Access Administrator or Security Administrator for a Conditional Access policy, at least a Security Administrator for Security Defaults, an Authentication Administrator or Authentication Policy Administrator for per-user MFA',
  federated: {
    heading: 'MFA when your organisation signs in through its own identity provider',
    text: (domain: string) =>
      `${domain} signs in through its own identity provider (a federated domain). For MFA done there to count, the identity provider must send the multipleauthn claim to Microsoft Entra ID, and Entra ID honours that claim only when the domain’s federated MFA setting (federatedIdpMfaBehavior) accepts MFA done by the identity provider (acceptIfMfaDoneByFederatedIdp or enforceMfaByFederatedIdp). With rejectMfaByFederatedIdp, Entra ID always performs MFA itself.`,
  },
  unmanaged: {
    heading: 'First, the tenant needs an admin',
    text: (domain: string) =>
      `${domain} is an unmanaged (“viral”) tenant: it has no administrator, so nobody can turn on MFA in it yet. Someone in your organisation takes the tenant over first (Option 1); then, as its Global Administrator, they can require MFA.`,
    help: 'Who can help: whoever takes the tenant over, as they become its admin: someone in your organisation (an internal takeover), or a Global Administrator of a managed tenant such as the one you use Teams with (an external takeover; “Who is my admin?” lists them). Option 1 of your address check has the takeover steps.',
  },
  support: 'Problems enabling MFA for your organisation? Write to MFAVLCsupport@microsoft.com.',
} as const;
