/**
 * Every sentence the bot shows a person lives here, so a translation is one new file.
 * Guidance follows ../shared/seeds/ (the two Microsoft documents) closely; where a
 * seed gives steps, they are quoted as steps.
 */
/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
const WEB_FORM_ANSWER = 'Microsoft answers web-form submissions within 24 hours.';

/** The first fields of both VLSC Support web-form drafts. */
/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' Microsoft also could not say whether a personal Microsoft account uses the same address: if the sign-in page asks which account, choose “Work or school account”.';

const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Contact name', missing: 'Enter your name.' },
  contactEmail: { label: 'Contact e-mail (where VLSC Support replies)', missing: 'Enter the e-mail address where VLSC Support should reply.' },
  vlscAddress: { label: 'E-mail address used to sign in to VLSC', missing: 'Enter the e-mail address you sign in to VLSC with.' },
};

/** The words that point to a next step, for the chat or the command line (TEXT.drafts.nextStep). */
export interface DraftNextStep {
  check: string;
  signUp: string;
  mfa: string;
}

export const TEXT = {
  appName: 'VL Sign-in Assistant',
  welcome: {
    intro:
      'I help you sign in to the Volume Licensing Service Center (VLSC) with the managed work or school account it now requires, and get ready for the multifactor authentication (MFA) that Volume Licensing Central enforces since 5 January 2026.',
    personalHint: 'Pick a button, or just type a question such as "what is a viral tenant?".',
    teamHint: 'In this team I can post help-desk cases. Mention me with "help" to see what I can do here.',
    groupChatHint:
      'In this chat I answer questions about VLSC sign-in and the MFA Volume Licensing Central requires. To check your own account, chat with me one to one.',
  },
  help: {
    heading: 'What I can do',
    teamHeading: 'What I can do in this team',
    groupChatHeading: 'What I can do in this chat',
    footer: 'Type "cancel" or "start over" at any time to leave a conversation.',
  },
  commands: {
    help: { title: 'Help', description: 'Show what I can do.' },
    cases: { title: 'Open cases', description: 'List open cases (also: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).' },
    channel: {
      title: 'Use this channel',
      description: 'Send escalated cases here (or: "use this channel for takeover cases").',
    },
    check: {
      title: 'Check my VLSC sign-in',
      description: 'Find out whether the account you use at VLSC is the right kind, and what to do if not.',
    },
    admins: {
      title: 'Who is my admin?',
      description: 'Find your Global Administrators and the admins who can turn on MFA.',
    },
    mfa: {
      title: 'Is MFA ready?',
      description: 'What you and your admin need for the MFA that Volume Licensing Central requires.',
    },
  },
  cancel: {
    done: 'OK, I stopped that. Type "help" to see what I can do.',
    nothing: 'There is nothing to cancel. Type "help" to see what I can do.',
    /** On a question card closed without an answer (cancel, start over, or another request). */
    closedCard: 'This check was stopped before an account was chosen. Type "check my account" to start a new one.',
  },
  /** Short answers to thanks, ok, a thumbs-up or a goodbye. */
  smallTalk: {
    thanks: 'You’re welcome! Type "help" whenever you need me again.',
    ok: '👍 I’m here if you need anything else: type "help" to see what I can do.',
    bye: 'Bye for now. Type "help" whenever you need me again.',
  },
  /** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
  turnState: {
    startedAfresh: 'I had to start this conversation afresh: what we were in the middle of could not be picked up again.',
    notSaved: (correlationId: string) =>
      `I could not save that, so nothing has changed: please try again in a moment. If it keeps happening, give your help desk this reference: ${correlationId}`,
  },
  account: {
    title: 'Which account do you use to sign in to VLSC?',
    prompt: 'I will check it with Microsoft’s public sign-in service. Nothing is changed on your account.',
    workChoice: (address: string) => `My work account: ${address}`,
    otherLabel: 'Another e-mail address',
    otherPlaceholder: 'name@company.com',
    otherButton: 'Check this address',
    personalButton: 'A personal account (outlook.com …)',
    answered: 'You chose',
    personalAnswer: 'A personal account',
    alreadyAnswered: 'That card was already answered. Type "check my account" to start a new check.',
    rateLimited: (minutes: number) =>
      `You have checked many addresses in the last hour. To protect people’s privacy I limit lookups; please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    tenantRateLimited: (minutes: number) =>
      `People in your organisation have checked many addresses in the last hour. To protect people’s privacy I limit lookups; please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  },
  result: {
    detailsButton: 'Details',
    checkedAt: 'Checked',
    address: 'Address',
    domain: 'Domain',
    tenant: 'Tenant',
    domainType: 'Tenant type',
    domainTypes: { managed: 'Managed', federated: 'Federated (own sign-in service)', unmanaged: 'Unmanaged (“viral”)', unknown: 'No Microsoft tenant found' },
    actions: {
      checkAnother: 'Check another address',
      mfa: 'Check MFA readiness',
      retry: 'Retry',
      useWork: 'Check my work account',
      cannotTakeOver: 'I can’t take over the tenant',
      signUp: 'Sign up for a work account',
    },
    ready: {
      title: 'This account is ready for VLSC',
      unconfirmedTitle: 'The right kind of account, but this address is not confirmed',
      summary: (address: string, tenant: string) =>
        `${address} is a work or school account in ${tenant}, a managed Microsoft Entra tenant. That is the kind of account VLSC requires: keep signing in with it.`,
      /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
      unconfirmed: (address: string, domain: string, tenant: string) =>
        `${domain} belongs to ${tenant}, a managed Microsoft Entra tenant: the kind VLSC requires. Just now Microsoft answers “exists” for any address there, so I can’t confirm that ${address} itself exists: sign in with it, and if the sign-in is refused, check the spelling or ask your IT department.`,
      federated: (address: string, domain: string, tenant: string) =>
        `${domain} belongs to ${tenant}, which signs in through its own identity provider (a federated domain): the kind VLSC requires. Microsoft answers “exists” for every address at a federated domain, so I can’t confirm that ${address} itself exists: sign in with it, and if the sign-in is refused, check the spelling or ask your IT department.`,
      next: 'Next: Volume Licensing Central requires multifactor authentication (MFA) since 5 January 2026. Check that you and your organisation are ready.',
      help: 'Questions, or the sign-in still fails? Ask your admin or help desk.',
    },
    /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
    unconfirmed: {
      heading: 'This exact address is not confirmed',
      federated: (address: string, personalAccount: boolean | null) =>
        `For a federated domain Microsoft answers “exists” for every address, so I can’t confirm that ${address} itself exists. Sign in with it; if the sign-in is refused, check the spelling or ask your IT department.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
      busy: (address: string, domain: string, personalAccount: boolean | null) =>
        `Just now Microsoft’s lookup answers “exists” for any address at ${domain}, even made-up ones (it is reported to do that while it is throttled), so I can’t confirm that ${address} itself exists. Sign in with it; if the sign-in is refused, check the spelling or ask your IT department, or check again in a few minutes.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    },
    chooseWork: {
      title: 'Pick “Work or school account” when you sign in',
      /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
      summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
        confirmed
          ? `${address} exists twice: as a work or school account in ${tenant} (${federated ? 'federated' : 'managed'}) and as a personal Microsoft account. When VLSC or the Microsoft sign-in page asks which one, choose “Work or school account”.`
          : `A personal Microsoft account uses ${address}, and addresses at ${domain} are work or school accounts in ${tenant} (${federated ? 'federated' : 'managed'}); Microsoft could not confirm a work account for this exact address. When VLSC or the Microsoft sign-in page asks which one, choose “Work or school account”.`,
      why: 'A personal Microsoft account only gets a limited number of VLSC logins; the work account is the one VLSC requires.',
    },
    personal: {
      title: 'This is a personal Microsoft account',
      help: 'Not sure which account to use? Ask your admin or help desk.',
      /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
      organisation: {
        next: (domain: string, tenant: string) =>
          `Your organisation already has a Microsoft Entra tenant, the directory Microsoft 365 uses (${domain} belongs to ${tenant}): sign in to VLSC with your work account there, or ask its admins for one.`,
        admins: (names: readonly string[]) => `Its admins, who can create a work account for you: ${names.join(', ')}.`,
        askAdmins: 'Its admins can create a work account for you: “Who is my admin?” finds them.',
        /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
        otherOrganisation: (domain: string) =>
          `The IT department that runs ${domain} can create a work account for you. It is not the organisation you use Teams with, so I can’t list its admins; your own admin or help desk can help you reach them.`,
      },
      summary: (address: string) =>
        `${address} is a personal Microsoft account. VLSC still lets personal accounts in for a limited number of logins, so that you have time to move to the work or school account it requires. Start using one as soon as possible.`,
      chosenSummary:
        'VLSC still lets personal Microsoft accounts in for a limited number of logins, so that you have time to move to the work or school account it requires. Start using one as soon as possible.',
      haveWork: {
        heading: 'You already have a work account',
        text: (upn: string) =>
          `Your organisation uses Microsoft 365 (you are using Teams with it), so you already have a work account: ${upn}. Sign in to VLSC with it and choose “Work or school account”. If it should not be used for VLSC, ask your IT department for one.`,
      },
      maybeWork: {
        heading: 'If your organisation uses Microsoft 365',
        text: 'If your work or school uses Microsoft 365 or any Microsoft online service, you likely already have a work or school account. Try the user ID and password you use to log in at work, or ask your IT department.',
      },
      signUp: {
        button: 'How to sign up',
        heading: 'Otherwise, sign up for a new work or school account',
        steps: [
          'Go to Sign Up and create a new work or school account. You do not need to sign up for any online services; you can add services to the same tenant later if you choose.',
          'Your new account may look like yourusername@yourcompany.onmicrosoft.com. That is normal.',
          'If you have your own domain name (like yourcompany.com), you can add it later through the admin console.',
        ],
      },
    },
    takeover: {
      title: 'Your VLSC account is in an unmanaged (“viral”) tenant',
      summary: (address: string, domain: string, confirmed: boolean) =>
        `${confirmed ? `${address} belongs to ${domain}, a` : `Addresses at ${domain} belong to a`} Microsoft Entra tenant with no administrator (an unmanaged or “viral” tenant).${confirmed ? '' : ` I can’t confirm that ${address} itself exists: just now Microsoft answers “exists” for any address there.`} VLSC now requires managed tenants: take the tenant over by proving you own ${domain} (Option 1), or move to a new work account (Option 2).`,
      next: 'Meanwhile VLSC gives you a limited number of remaining logins: choose Skip on its prompt while you prepare.',
      help: 'Who can help: your IT or network administrator (whoever administers your domain) can do the takeover. VLSC Support cannot make changes to your tenant on your behalf.',
      whatIs: {
        heading: 'What is an unmanaged tenant?',
        text: 'A tenant with no global administrator. It arises when people sign up for a cloud service and an identity is created for them automatically from their e-mail domain. VLSC used to allow these accounts, but now requires managed tenants so the same user ID works on every site where volume licensing capabilities are moving.',
      },
      option1: {
        button: 'Option 1: take over the tenant',
        heading: 'Option 1 — take over the tenant and keep your address',
        verify: (domain: string) =>
          `You, or your organisation’s IT or network administrator, verify ownership of ${domain} by confirming a DNS TXT record at the domain name registrar (such as GoDaddy).`,
        alternativesHeading: 'Then one of two alternatives',
        /** Internal and external takeover are alternatives, not consecutive steps. */
        alternatives: [
          '- **Internal takeover**: whoever verifies the domain becomes the Global Administrator of the tenant. No users, domains or service plans are migrated to any other directory. (Becoming Global Administrator does not mean they have to manage licences in VLSC.)',
          '- **External takeover**: a Global Administrator of an existing managed tenant adds the domain name and maps users to resources. The unmanaged tenant’s users, subscriptions and licence assignments move over with the domain. Microsoft supports it for Azure Rights Management and Exchange Online, and for the service plans Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream and Dynamics 365 free trial; it is not supported when the unmanaged tenant has service plans that include SharePoint, OneDrive or Skype for Business (for example through an Office free subscription).',
        ].join('\n'),
        /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
        ownTenant: (ownTenant: string) =>
          `You use Teams with a managed tenant (${ownTenant}). If it is your organisation’s, the one that owns the domain, its Global Administrators can do the external takeover (they prove the domain by the same DNS TXT record), if the unmanaged tenant has none of those service plans.`,
        afterwards: 'When the tenant has an administrator, keep signing in to VLSC with your existing account.',
        tip: 'You may prefer to ask your IT or network administrator (whoever administers your domain) to do the takeover. It does not mean they have to administer VLSC or buy a subscription. VLSC Support cannot make changes to your tenant on your behalf.',
      },
      option2: {
        button: 'Option 2: a new account',
        heading: 'Option 2 — create a new …onmicrosoft.com account',
        intro: 'Good if you only need the account for VLSC, or cannot prove ownership of the domain now. You can do it without needing to phone VLSC Support, and each step takes minutes, but you may wait up to 2 business days before you can sign in with the new account.',
        steps: (address: string) => [
          `Submit a web form request to VLSC Support to disassociate your current VLSC account from ${address} and to invite you to register again. (For Canada and the USA, use the N. America MAK ADD web form.) ${WEB_FORM_ANSWER}`,
          'Do NOT sign in to VLSC until VLSC Support has confirmed that the disassociation is complete.',
          'Go to Sign Up and create a new work or school account (such as user@yourcompany.onmicrosoft.com) with yourself as the administrator. No DNS TXT record is needed for this kind of domain. Write down the user ID.',
          'After VLSC Support confirms, return to VLSC, choose Sign in with a Work or School Account, and enter the new account.',
        ],
        tip: 'Before your organisation deploys online services such as Office 365, it should take over this new tenant and link it to its own custom domain.',
      },
      skip: {
        button: 'Not ready yet? Skip',
        heading: 'Not ready yet? Skip',
        text: (address: string) =>
          `While you still have remaining logins, choose Skip on the VLSC prompt and keep signing in with your existing account: useful while you, or someone in your organisation, prepare the takeover. If you have zero remaining logins and need more time, ask VLSC Support to add extra log-in sessions to ${address}. ${WEB_FORM_ANSWER}`,
      },
      blockerQuestion: 'Can’t take over the tenant? Tell me what stops you:',
    },
    blockers: {
      'no-admin': {
        button: 'I can’t find my IT administrator',
        title: 'You can’t identify your IT administrator',
        text: 'In large organisations this is typically a help desk number; smaller organisations may outsource IT to a provider.',
      },
      'no-domain-proof': {
        button: 'I can’t prove we own the domain',
        title: 'You can’t prove ownership of the domain',
        text: 'Your IT administrators will know this or have access to the information, which comes from your Internet Service Provider or domain registrar.',
      },
      'restricted-domain': {
        button: 'Domain is restricted or reclaimed',
        title: 'Your account belongs to a restricted or reclaimed domain',
        text: 'That setting is determined by your organisation’s administrator. A work account separate from your organisation’s tenant may be needed.',
      },
      steer: 'In this situation, create a new user ID instead: open Option 2 below.',
      help: 'Still stuck? Ask your admin or help desk.',
    },
    noAccount: {
      title: 'No Microsoft account found for this address',
      summary: (address: string) =>
        `Microsoft knows no work or school account and no personal Microsoft account for ${address}. It may be a typo, or there is no account yet.`,
      tenantExists: (domain: string) =>
        `${domain} does have a Microsoft Entra tenant, so check the spelling or ask your IT department for your sign-in name.`,
      workSignIn: 'If your work or school uses Microsoft 365 or any Microsoft online service, you likely already have a work or school account: try the user ID and password you use to log in at work.',
      signUp: 'If you have no work or school account yet, you can create one at Sign Up, without signing up for any online service.',
      help: 'Not sure of your sign-in name? Ask your admin or help desk.',
    },
    invalid: {
      title: 'I can’t check that address',
      next: 'Check the spelling and try again.',
    },
    failed: {
      title: 'I couldn’t finish the check',
      summary: 'I couldn’t reach Microsoft’s sign-in service just now, so I can’t tell what kind of account this is. Try again in a minute.',
      help: 'Still failing? Ask your admin or help desk: “Details for IT” has what they need.',
      detailsButton: 'Details for IT',
      technical: (source: string, detail: string) => `Microsoft’s ${source} service did not answer properly (${detail}).`,
      manualHeading: 'Check it yourself',
      manual: 'Open the user-realm answer below in a browser. If it contains "IsViral": true, the account is in an unmanaged tenant and needs a takeover.',
      realmLink: 'Open the user-realm answer',
      sources: { 'user-realm': 'user realm', 'credential-type': 'account lookup', 'openid-configuration': 'tenant configuration' },
    },
  },
  /** The diagnosis's `reason`: one sentence of what the lookups found, for the command line and case cards. */
  diagnosis: {
    sources: { 'user-realm': 'user realm', 'credential-type': 'credential type', 'openid-configuration': 'tenant OpenID configuration' },
    failed: (address: string, source: string, detail: string) =>
      `Could not check ${address} because the ${source} lookup failed (${detail}), so nothing is concluded; try again in a few minutes.`,
    notAnAnswer: (code: number) => `IfExistsResult ${code} is not an answer`,
    unknownDomain: (domain: string) =>
      `credential type reports a work account, yet Entra ID does not know ${domain}; the lookup is reported to answer “exists” for any address while throttled`,
    noTenant: (domain: string) => `no tenant found for ${domain}, yet credential type reports a work account`,
    personal: (address: string, note: string) => `${address} is a personal Microsoft account only; no work or school account uses it${note}.`,
    none: (address: string, note: string) => `Neither a work or school account nor a personal Microsoft account uses ${address}${note}.`,
    tenantNote: (domain: string, tenant: string) => ` (${domain} belongs to the ${tenant} tenant: its administrators can create one)`,
    unmanagedNote: (domain: string) => ` (${domain} has only an unmanaged, self-service tenant)`,
    tenantLabel: (tenant: string, federated: boolean) => `${tenant} (${federated ? 'federated' : 'managed'})`,
    takeover: (address: string, domain: string) =>
      `${domain} belongs to an unmanaged (self-service sign-up) Entra tenant and ${address} is a work account there; an administrator must take the tenant over by proving the domain.`,
    chooseWork: (address: string, tenant: string) =>
      `${address} is both a work account in the ${tenant} tenant and a personal Microsoft account; choose the work or school account when you sign in.`,
    ready: (address: string, tenant: string) => `${address} is a work account in the ${tenant} tenant and no personal Microsoft account uses it.`,
    /** The same verdicts when the exact address could not be confirmed: only the domain is known. */
    unconfirmed: {
      takeover: (address: string, domain: string, why: string) =>
        `${domain} belongs to an unmanaged (self-service sign-up) Entra tenant; an administrator must take the tenant over by proving the domain. Whether ${address} itself exists is not confirmed: ${why}.`,
      chooseWork: (address: string, domain: string, tenant: string, why: string) =>
        `A personal Microsoft account uses ${address}, and ${domain} belongs to the ${tenant} tenant; choose the work or school account when you sign in. Whether a work account uses ${address} itself is not confirmed: ${why}.`,
      ready: (address: string, domain: string, tenant: string, why: string) =>
        `${domain} belongs to the ${tenant} tenant, the kind VLSC requires, and no personal Microsoft account uses ${address}. Whether ${address} itself exists is not confirmed: ${why}.`,
      readyPersonalUnknown: (address: string, domain: string, tenant: string, why: string) =>
        `${domain} belongs to the ${tenant} tenant, the kind VLSC requires. Whether ${address} itself exists, and whether a personal Microsoft account also uses it, is not known: ${why}, and the user realm did not say.`,
      federated: 'a federated domain answers “exists” for every address',
      busy: 'a made-up address at the domain also answered “exists”, as the lookup does while throttled',
      controlFailed: (detail: string) => `the lookup of a made-up address at the domain, which tells real answers from throttled ones, failed (${detail})`,
    },
  },
  mfa: {
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
  },
  admins: {
    foundTitle: 'Your admins',
    foundSummary: (count: number) =>
      `${count} ${count === 1 ? 'person' : 'people'} in your organisation can help: Global Administrators first, then the admins who can turn on MFA.`,
    none: 'I found no enabled person in these roles. Ask your IT department, security operations team, or internal help desk.',
    eligible: 'eligible, must activate the role first',
    more: (n: number) => `${n} more`,
    active: 'active',
    chat: (name: string) => `Chat with ${name}`,
    chatMessage: 'Hi, I need help with our Volume Licensing sign-in (VLSC work account / MFA for Volume Licensing Central).',
    gaps: 'Some of the list could not be read:',
    manualTitle: 'How to find your Global Administrator',
    manualSummary: 'I can’t read your organisation’s directory, but you can look it up in the Microsoft Entra admin center:',
    otherTenant: 'This assistant can read only the directory of the organisation that installed it, so look it up yourself:',
    permissionTitle: 'I’m not allowed to read the admin list yet',
    permission: 'An admin still has to allow this assistant to read the admin list. Until then, look it up yourself:',
    permissionDetail: (permission: string) => `The assistant’s app needs the Microsoft Graph application permission ${permission}, granted by an admin.`,
    consent: 'Grant admin consent',
    failedTitle: 'I couldn’t read the admin list',
    failed: 'I couldn’t reach Microsoft just now to read the admin list. Try again in a minute, or look it up yourself meanwhile:',
    failedDetail: (message: string) => `Microsoft Graph did not answer properly (${message}).`,
    unmanagedTitle: 'Your VLSC account’s tenant has no admin',
    unmanaged: (domain: string) =>
      `${domain} is an unmanaged (“viral”) tenant: it has no Global Administrator at all. Someone in your organisation becomes one by taking the tenant over (Option 1), or you move to a new work account (Option 2).`,
    button: 'Who is my admin?',
    /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
    ownTenant: {
      found: 'If the organisation you use Teams with owns this domain, its Global Administrators can take the tenant over (an external takeover: they prove the domain with the same DNS TXT record), unless it has service plans that include SharePoint, OneDrive or Skype for Business.',
      ask: 'If the organisation you use Teams with owns this domain, its Global Administrators can take the tenant over (an external takeover: they prove the domain with the same DNS TXT record), unless it has service plans that include SharePoint, OneDrive or Skype for Business. Ask your admin or help desk.',
    },
  },
  drafts: {
    buttons: {
      disassociation: 'Draft the disassociation request',
      'extra-logins': 'Ask VLSC Support for more log-ins',
      'mfa-support': 'Draft an e-mail to MFA support',
    },
    textHeading: 'Text to paste',
    emailHeading: 'E-mail to send',
    subject: 'Subject',
    editHeading: 'Edit the details',
    update: 'Update the draft',
    review: 'Send to my help desk for review',
    openEmail: 'Open in e-mail',
    openWebForm: 'Open VLSC Support’s contact page',
    truncated: 'The e-mail link holds a shortened text (mail programs refuse longer links): paste the full text above into the e-mail.',
    updated: 'Draft updated: ready to send.',
    fixErrors: 'Some details need attention (see below).',
    checkFirst: 'Let me check your account first, so I can fill in the details.',
    required: 'This field is required.',
    webFormAnswer: WEB_FORM_ANSWER,
    /** Shown in a draft in place of a required value nobody has filled in yet. */
    fillIn: '[please fill in]',
    /** What is wrong with a value entered in a draft's field. */
    problems: {
      address: (reason: string) => `This is not a valid e-mail address: ${reason}`,
      domain: 'This is not a valid domain name, such as contoso.com.',
      tenantId: 'A tenant ID is a GUID, such as 72f988bf-86f1-41af-91ab-2d7cd011db47.',
      count: 'Enter a whole number, such as 0.',
      choice: (titles: string) => `Choose one of: ${titles}.`,
      tooLong: (max: number) => `This is longer than ${max} characters; please shorten it.`,
      sameAccount: 'The new account must be a different address from the one VLSC Support disassociates.',
      /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
      loginsLeft: (count: string) =>
        `You still have ${count} remaining log-ins: the request for extra log-in sessions is for when VLSC shows 0 remaining log-ins and you need more time. Until then, choose Skip on the VLSC prompt and sign in with your existing account.`,
    },
    /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
    blank: '[left blank]',
    /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
    fields: {
      disassociation: {
        ...VLSC_SUPPORT_CONTACT_FIELDS,
        domain: { label: 'Domain', missing: 'Enter the domain of that address, such as contoso.com.' },
        tenantId: { label: 'Tenant ID' },
        verdictFound: { label: 'What the sign-in check found' },
        request: { label: 'Request', missing: 'Say what you ask VLSC Support to do.' },
        newAccount: { label: 'New work or school account to use' },
        region: { label: 'Region' },
        tried: { label: 'What I have tried' },
      },
      'extra-logins': {
        ...VLSC_SUPPORT_CONTACT_FIELDS,
        remainingLogins: { label: 'Remaining log-ins VLSC shows', missing: 'Enter how many log-ins VLSC says you have left.' },
        progress: { label: 'Where the takeover stands', missing: 'Choose where the takeover of your tenant stands.' },
        reason: { label: 'More about why I need more time' },
        expectedCompletion: { label: 'Expected completion' },
      },
      'mfa-support': {
        tenantId: { label: 'Tenant ID', missing: 'Enter your Microsoft Entra tenant ID.' },
        domain: { label: 'Domain', missing: 'Enter your organisation’s domain, such as contoso.com.' },
        tenantType: { label: 'Tenant type' },
        relationship: { label: 'Our organisation is' },
        method: { label: 'MFA method tried', missing: 'Choose the way you tried to enable MFA.' },
        error: { label: 'Error seen', missing: 'Paste or describe the error you saw.' },
        globalAdmin: { label: 'Global Administrator' },
        contactName: { label: 'Contact name', missing: 'Enter your name.' },
        contactEmail: { label: 'Contact e-mail', missing: 'Enter the e-mail address where support should reply.' },
      },
    },
    choices: {
      region: { 'north-america': 'Canada or the USA (N. America MAK ADD web form)', elsewhere: 'Outside Canada and the USA' },
      /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
      progress: {
        'takeover-in-progress': 'My organisation is taking over the unmanaged tenant (verifying the domain with a DNS TXT record)',
        'finding-admin': 'We are still identifying someone in my organisation who can take the tenant over',
      },
      relationship: { partner: 'A Volume Licensing partner', customer: 'A Volume Licensing customer' },
      method: { 'conditional-access': 'Conditional Access policy', 'security-defaults': 'Security Defaults', 'per-user': 'Per-user MFA (legacy)' },
    },
    /** What the diagnosis found, as the draft states it: facts from the check only. */
    findings: {
      'takeover-needed': 'The address is in an unmanaged (“viral”) Microsoft Entra tenant with no administrator',
      'personal-account': 'The address is a personal Microsoft account, not a work or school account',
      'choose-work-account': 'The address is both a work or school account and a personal Microsoft account',
      ready: 'The address is a work or school account in a managed tenant',
      readyFederated: 'The address is at a federated domain, whose organisation signs in through its own identity provider',
      'no-account': 'No work or school account or personal Microsoft account exists for the address',
      'lookup-failed': 'The check could not get an answer from Microsoft’s sign-in service',
      'invalid-address': 'The address is not a valid e-mail address',
      /** When the check could not confirm this exact address: what is known of the domain only. */
      unconfirmed: {
        'takeover-needed': 'Addresses at the domain are in an unmanaged (“viral”) Microsoft Entra tenant with no administrator; Microsoft could not confirm this exact address',
        'choose-work-account': 'A personal Microsoft account uses the address, and addresses at the domain are work or school accounts; Microsoft could not confirm a work account for this exact address',
        ready: 'Addresses at the domain are work or school accounts in a managed tenant; Microsoft could not confirm this exact address',
        readyFederated: 'The domain is federated (its organisation signs in through its own identity provider), so Microsoft could not confirm this exact address',
      },
      personalUnknown: '; whether a personal Microsoft account uses it is not known',
      tenant: (name: string) => ` (the domain’s tenant: ${name})`,
      checked: (finding: string, when: string) => `${finding}. Checked ${when}.`,
    },
    /**
     * Where the next step is, in the words of where the person is: the chat's commands (the
     * README's table) or the command line's own commands.
     */
    nextStep: {
      chat: { check: 'type "check my account"', signUp: 'type "check my account" to see the steps', mfa: 'type "mfa"' },
      cli: {
        check: 'run "vlsa diagnose <address>"',
        signUp: 'run "vlsa ask \'how do I sign up for a new work or school account\'" for the steps',
        mfa: 'run "vlsa mfa-readiness --user <address>"',
      },
    },
    /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
    notFor: {
      vlscSupport: {
        /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
        'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
          `${address} is a personal Microsoft account. The disassociation and extra log-ins requests to VLSC Support are for accounts in an unmanaged tenant. For a personal account the guidance is to start using a work or school account as soon as possible: try the user ID and password you use to log in at work, or ${organisation ? `ask the admins of ${organisation} for a work account there` : `create one at Sign Up (${next.signUp})`}.`,
        'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
          `Microsoft knows no account for ${address}, so there is nothing for VLSC Support to release or extend: check the spelling, try the user ID and password you use to log in at work, or ${organisation ? `ask the admins of ${organisation} for a work account there` : 'create a work or school account at Sign Up'}.`,
        /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
        ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
          confirmed
            ? `${address} is the kind of account VLSC requires, so there is nothing to ask VLSC Support: sign in with it. Next, check that you are ready for MFA (${next.mfa}).`
            : `${address} is at a domain of the kind VLSC requires, though Microsoft could not confirm this exact address, so there is nothing to ask VLSC Support: sign in with it, and if the sign-in is refused, check the spelling or ask your IT department. Next, check that you are ready for MFA (${next.mfa}).`,
        'choose-work-account': (address: string, next: DraftNextStep) =>
          `${address} is also a work or school account, the kind VLSC requires, so there is nothing to ask VLSC Support: when you sign in, choose “Work or school account”. Next, check that you are ready for MFA (${next.mfa}).`,
      },
      mfaSupport: {
        'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
          `${address} is a personal Microsoft account: it has no organisation tenant in which MFA support could help enable MFA. First move to a work or school account: try the user ID and password you use to log in at work, or ${organisation ? `ask the admins of ${organisation} for a work account there` : `create one at Sign Up (${next.signUp})`}.`,
        'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
          organisation
            ? `Microsoft knows no account for ${address}, though ${organisation} has a Microsoft Entra tenant: check the spelling (${next.check} to check another address), or ask its admins for your work account there.`
            : `Microsoft knows no account for ${address}, so there is no tenant in which MFA support could help enable MFA: check the spelling, or ${next.check} to check another address.`,
      },
      invalid: (address: string, next: DraftNextStep) => `“${address}” is not an e-mail address I could check; ${next.check} to check the one you sign in to VLSC with.`,
    },
    signOff: 'Thank you,',
    disassociation: {
      title: 'Disassociation request to VLSC Support',
      subject: (address: string) => `Disassociate my VLSC account from ${address}`,
      greeting: 'Hello VLSC Support,',
      /** The request sentence the seed's Option 2, Step 1 asks for. */
      request: (address: string) => `Please disassociate my VLSC account from ${address} and invite me to register again.`,
      why: (address: string) => `I need to sign in to VLSC with a different work or school account, so the VLSC account registered with ${address} has to be released first.`,
      newAccount: (account: string) => `I will sign in with my new work or school account, ${account}, once you confirm.`,
      wait: 'I will not sign in to VLSC until you have confirmed that the disassociation is complete.',
      pasteNorthAmerica: 'Paste this into VLSC Support’s N. America MAK ADD web form (for Canada and the USA), linked from the Contact page.',
      paste: 'Paste this into VLSC Support’s web form, linked from the Contact page. For Canada and the USA, use the N. America MAK ADD web form.',
      doNotSignIn: 'Do NOT sign in to VLSC until VLSC Support has confirmed that the disassociation of your account is complete.',
      signUpMeanwhile: 'Meanwhile, go to Sign Up and create a new work or school account (such as name@yourcompany.onmicrosoft.com) with yourself as the administrator. Write down the user ID.',
      afterwards: 'After VLSC Support confirms, return to VLSC, choose Sign in with a Work or School Account and enter the new account. It can take up to 2 business days before you can sign in with it.',
    },
    extraLogins: {
      title: 'Extra log-in sessions request to VLSC Support',
      subject: (address: string) => `Extra VLSC log-in sessions for ${address}`,
      greeting: 'Hello VLSC Support,',
      request: (address: string) => `Please add extra log-in sessions to my VLSC account, which I sign in to with ${address}.`,
      remaining: (count: string) => `VLSC shows ${count} remaining log-ins, and I need more time before I can sign in with a managed work or school account.`,
      paste: 'Paste this into VLSC Support’s web form, linked from the Contact page.',
      buysTime: 'Extra log-ins buy time: you, or someone in your organisation, still need to take over the tenant or move to a work or school account.',
      soFar: (tried: string) => `So far: ${tried}`,
    },
    mfaSupport: {
      title: 'E-mail to MFA support for Volume Licensing Central',
      subject: (domain: string, tenantId: string) => `Cannot enable MFA for Volume Licensing Central: ${domain} (tenant ${tenantId})`,
      greeting: 'Hello,',
      relationship: { partner: 'We are a Volume Licensing partner.', customer: 'We are a Volume Licensing customer.' },
      problem: 'We cannot enable multifactor authentication (MFA) for Volume Licensing Central in our Microsoft Entra tenant, as the guidance on mandatory MFA asks. Could you please help us?',
      /** First, for a tenant the check found unmanaged: what was found, before any request. */
      unmanagedFirst: (domain: string) =>
        `Our domain ${domain} is in an unmanaged (“viral”) Microsoft Entra tenant, which has no administrator, so nobody can enable MFA in it until the tenant is taken over.`,
      /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
      method: {
        'conditional-access': 'We tried to require MFA with a Conditional Access policy.',
        'security-defaults': 'We tried to enable Security Defaults.',
        'per-user': 'We tried to enforce per-user MFA.',
      },
      send: (mailbox: string) => `Send this to ${mailbox}, the address the partner guidance gives for problems enabling MFA.`,
      copyIn: (whoCanEnforce: string) => `Copy in whoever will enable MFA: ${whoCanEnforce}.`,
      afterTakeover: 'Write to MFA support if enabling MFA still fails once the tenant has an administrator.',
    },
  },
  cases: {
    escalateButton: 'Ask my admin / help desk',
    title: (id: string) => `Case ${id}`,
    categories: { takeover: 'Tenant takeover', 'personal-account': 'Personal account', mfa: 'MFA', other: 'Other' },
    statuses: { new: 'New', assigned: 'Assigned', 'waiting-on-requester': 'Waiting on requester', resolved: 'Resolved', closed: 'Closed' },
    facts: {
      requester: 'Requester',
      address: 'Address',
      verdict: 'What I found',
      category: 'Category',
      status: 'Status',
      assignee: 'Assigned to',
      created: 'Opened',
      tenant: 'Tenant',
    },
    /** Each verdict's name for the help desk, short enough for a list row or a chart label. */
    verdicts: {
      'takeover-needed': 'Unmanaged tenant, takeover needed',
      'personal-account': 'Personal Microsoft account',
      'choose-work-account': 'Both work and personal account',
      ready: 'Work account ready',
      'no-account': 'No account found',
      'lookup-failed': 'Microsoft not reached',
      'invalid-address': 'Not a valid address',
    },
    unassigned: 'nobody yet',
    notesHeading: 'Notes',
    questionsHeading: 'Questions to the requester',
    noAnswer: '(no answer yet)',
    historyHeading: 'Latest changes',
    assigneeLabel: 'Assign to',
    statusLabel: 'Status',
    noteLabel: 'Note',
    questionLabel: 'Question for the requester',
    buttons: {
      assignToMe: 'Assign to me',
      assign: 'Assign',
      status: 'Set status',
      write: 'Note or question',
      note: 'Add note',
      ask: 'Ask the requester',
      manage: 'Assign or set status',
      resolve: 'Resolve',
      reopen: 'Reopen',
      chat: 'Chat with the requester',
      answer: 'Send answer',
    },
    escalated: (id: string, where: string) => `I opened case ${id} and sent it to ${where}. You will hear from me here when someone acts on it.`,
    updated: (id: string, where: string) => `Your case ${id} is up to date with your latest check; it is with ${where}.`,
    willRetry: (id: string) => `I opened case ${id}, but could not deliver it just now. I keep trying automatically and will tell you here when it arrives; nothing is lost.`,
    nobodyYet: (id: string, category: string) =>
      `I saved case ${id}, but nobody can receive it yet: your organisation has no help-desk channel for ${category} cases, and none of your admins or help-desk admins has this assistant installed. It is sent as soon as either happens, and I will tell you here. Meanwhile you can contact your admins yourself:`,
    reachedLater: (id: string, where: string) => `Your case ${id} has now reached ${where}.`,
    where: {
      channel: (name: string) => (name ? `the help desk in the “${name}” channel` : 'the help desk'),
      admins: (names: readonly string[]) => (names.length === 1 ? `your admin ${names[0]}` : `your admins ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`),
      and: ' and to ',
    },
    needsOrganisation: 'I can only open a case for someone signed in to Microsoft Teams with a work account of an organisation. Please write to me from Teams.',
    requesterView: (id: string, status: string) => `Case ${id} is ${status.toLowerCase()}. I will tell you here when something changes.`,
    slowDown: (seconds: number) => `That is a lot of case look-ups in a short time. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
    triageWhere: 'Case commands work in a help-desk channel routed for those cases (say "use this channel for all cases" there), or in a personal chat with me for help-desk admins and your organisation’s admins.',
    checkFirst: 'Let me check your account first, so your help desk sees what I found.',
    draftNote: (title: string) => `Draft for review: ${title}`,
    notify: (id: string, what: string) => `Update on your case ${id}: ${what}`,
    questionTitle: (id: string) => `A question about your case ${id}`,
    answerLabel: 'Your answer',
    answerThanks: (id: string) => `Thanks: your answer was added to case ${id}.`,
    audit: (who: string, what: string) => `${who}: ${what}`,
    refused: 'Only the help desk and your organisation’s admins can act on this case.',
    /** The id as typed or sent, cut short: card data is not capped like typed text. */
    notFound: (id: string) => `There is no case ${id.length > 24 ? `${id.slice(0, 24)}…` : id} that you can see.`,
    stale: 'This case changed in the meantime; here it is as it is now.',
    required: { note: 'Write the note first.', question: 'Write the question first.', assignee: 'Pick someone to assign.', status: 'Pick a status.', answer: 'Write your answer first.' },
    list: {
      heading: (what: string, n: number) => `${what}: ${n}`,
      open: 'Open cases',
      unassigned: 'Unassigned cases',
      mine: 'Cases assigned to you',
      none: 'None.',
      openButton: 'Open',
      assignedTo: (name: string) => `with ${name}`,
      more: (n: number) =>
        `${n} more not shown (oldest first). Say "unassigned" or "mine" for a shorter list, or "export" for every case.`,
    },
    /** How long something took or has waited, as a list row or the stats show it. */
    duration: (ms: number) => {
      const minutes = Math.max(0, Math.floor(ms / 60_000));
      if (minutes < 60) return `${minutes} min`;
      const hours = Math.floor(minutes / 60);
      return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
    },
    stats: {
      title: 'Case statistics',
      total: 'Cases',
      resolved: 'Resolved at least once',
      median: 'Median time to resolve',
      notYet: 'none resolved yet',
      byCategory: 'By category',
      byStatus: 'By status',
      byVerdict: 'By what I found',
      undelivered: 'Open, not delivered yet',
    },
    export: {
      title: 'Case export',
      ready: (n: number) => `The CSV of ${n} case${n === 1 ? '' : 's'} is ready. The link works once, for 15 minutes.`,
      button: 'Download CSV',
    },
    channelSet: (categories: readonly string[]) => `This channel now receives ${categories.length > 1 ? `${categories.slice(0, -1).join(', ')} and ${categories[categories.length - 1]}` : categories[0]} cases.`,
    backlog: (n: number) => (n ? ` ${n} waiting case${n === 1 ? ' is' : 's are'} being posted here now.` : ''),
    channelDenied: 'Only your organisation’s admins and configured help-desk admins can choose the help-desk channel.',
    channelUsage: 'Say "use this channel for takeover cases" (or personal-account, mfa, other, or all).',
    reposted: (n: number) => `Tried again to post ${n} case${n === 1 ? '' : 's'} that had not reached their channel or people.`,
    reminder: (id: string, hours: number) => `Reminder: case ${id} has been waiting for ${hours} hour${hours === 1 ? '' : 's'} without anyone assigned.`,
    channelOnly: 'That command works in a help-desk channel.',
  },
  /** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
  manual: {
    findAdmin: {
      steps: [
        'Go to https://entra.microsoft.com',
        'Navigate to Entra ID > Roles and administrators',
        'Search Global Administrator',
        'You see a list of users assigned to that role in your tenant.',
      ],
      otherwise: "If you don't have access to the Entra portal, reach out to your IT department, security operations team, or internal helpdesk.",
    },
    /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
    conditionalAccess: [
      'Sign in to the Microsoft Entra admin center (https://entra.microsoft.com) as a Global Administrator (or Conditional Access Administrator).',
      'Browse to Entra ID > Conditional Access > Overview and select + Create new policy.',
      'Enter a name for the policy, such as "MFA for Volume Licensing Central".',
      'Under Assignments, select the current value under Users.',
      'Under Include, choose All users (this covers internal users and B2B guests).',
      'Under Assignments, select the current value under Target resources, and verify that Resources (formerly cloud apps) is selected.',
      'Under Include, choose Select apps.',
      'Under Include, choose Select resources, then select None under Select.',
      'In Select resources, choose Microsoft Admin Portals, then Select (this requires MFA on all Microsoft admin portals, including the Microsoft 365 admin center, Exchange admin center, Azure portal and Microsoft Entra admin center).',
      'Leave Conditions at their defaults unless you need an exclusion (for example trusted IPs or compliant devices).',
      "Under Access controls > Grant, choose Require multifactor authentication, with no conflicting control such as 'Block access'.",
      'Set Enable policy to On and select Create.',
    ],
    securityDefaults: [
      'In the Microsoft Entra admin center, go to Entra ID > Overview > Properties.',
      'Select Manage security defaults and turn Security defaults on (they apply to all sign-ins on all apps, not just Volume Licensing Central).',
    ],
    perUserMfa: [
      'In the Microsoft Entra admin center, open Users > Multi-Factor Authentication (or in the Microsoft 365 admin center, Active Users > MFA).',
      'Check that every account that uses Volume Licensing Central, guests included, is Enabled or Enforced for MFA.',
    ],
    registration: (setupUrl: string) => [
      `Go to ${setupUrl} and add at least one verification method enabled for your tenant (the Microsoft Authenticator app is usually easiest).`,
      'Add a backup method (for example a second phone or a hardware token) in case you lose access to the first.',
    ],
  },
  readiness: {
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
  },
  faq: {
    notSureTitle: 'I’m not sure I understood',
    notSure: 'I could not match that to the guidance I know.',
    related: 'Is it one of these?',
    journeysHeading: 'Or start one of these, or ask a person:',
    journeysOnly: 'Start one of these, or ask a person:',
    stepsButton: 'Show the steps',
    linksButton: 'Microsoft pages',
  },
  errors: {
    apology: (correlationId: string) =>
      `Sorry, something went wrong on my side and I could not finish that. Please try again in a moment. If it keeps happening, give your help desk this reference: ${correlationId}`,
    refusedTenant: 'This assistant is not enabled for your organisation. Please contact your IT department.',
    unknownAction: 'That button no longer does anything. Type "help" to see what I can do.',
    didNotUnderstand: 'I did not understand that. Type "help" to see what I can do.',
    trimmed: (shown: number) => `(shortened to the first ${shown} characters)`,
  },
} as const;
