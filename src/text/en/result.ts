/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft answers web-form submissions within 24 hours.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' Microsoft also could not say whether a personal Microsoft account uses the same address: if the sign-in page asks which account, choose “Work or school account”.';

/** The verdict cards: what a check found and what to do about it. */
export const result = {
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
      button: 'Domain restricted or reclaimed',
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
} as const;
