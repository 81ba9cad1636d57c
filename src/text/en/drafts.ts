import { countedIn } from '../grammar';
import { WEB_FORM_ANSWER } from './result';

const counted = countedIn('en');

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Contact name', missing: 'Enter your name.' },
  contactEmail: { label: 'Contact e-mail (where VLSC Support replies)', missing: 'Enter the e-mail address where VLSC Support should reply.' },
  vlscAddress: { label: 'E-mail address used to sign in to VLSC', missing: 'Enter the e-mail address you sign in to VLSC with.' },
};

/** The words that point to a next step, for the chat or the command line (drafts.nextStep). */
interface DraftNextStep {
  check: string;
  signUp: string;
  mfa: string;
}

/** The support-request drafts' words: their card, their fields and their text (../assemble/drafts.ts builds the drafts from them). */
export const drafts = {
  buttons: {
    disassociation: 'Draft the disassociation request',
    'extra-logins': 'Draft the extra log-ins request',
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
  /** Ends an e-mail link's body that had to be shortened. */
  shortened: '[Shortened to fit an e-mail link: paste the full text from the card instead.]',
  /** A "Label: value" line, using the field labels so the text and the form line up. */
  detail: (label: string, value: string) => `${label}: ${value}`,
  /** The titles of a field's choices, listed. */
  choiceList: (titles: readonly string[]) => titles.join(', '),
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
      `You still have ${counted(count, 'remaining log-in', 'remaining log-ins')}: the request for extra log-in sessions is for when VLSC shows 0 remaining log-ins and you need more time. Until then, choose Skip on the VLSC prompt and sign in with your existing account.`,
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
    /** "2026-01-05 09:30 UTC": unambiguous for a support agent anywhere. */
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
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
    remaining: (count: string) => `VLSC shows ${counted(count, 'remaining log-in', 'remaining log-ins')}, and I need more time before I can sign in with a managed work or school account.`,
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
    /** The note for a tenant without an administrator: `unmanaged` (the MFA card's words on it), then when to write to MFA support. */
    afterTakeover: (unmanaged: string) => `${unmanaged} Write to MFA support if enabling MFA still fails once the tenant has an administrator.`,
  },
} as const;

/** Where the person reads a refusal: the chat, or the command line (`vlsa draft`). */
export type DraftSurface = keyof typeof drafts.nextStep;
