import { LINKS } from '../links';
import { choiceTitle, FIELD_SPECS, FieldSpec } from './fields';
import { DraftChannel, DraftFieldName, DraftInput, DraftKind, MFA_METHODS, MfaMethod } from './types';

/**
 * The words of each draft, faithful to the two seed documents ("Migration to Work or
 * School Accounts for VLSC Access", Option 2 and Skip; "Mandatory MFA for Volume
 * Licensing Central"). Templates receive input already trimmed and scrubbed.
 */
export interface Template<K extends DraftKind> {
  title: string;
  channel: DraftChannel;
  to: string | null;
  link: string | null;
  subject(input: DraftInput<K>): string;
  body(input: DraftInput<K>): string;
  notes(input: DraftInput<K>): string[];
}

/** Shown in place of a required value nobody has filled in yet. */
const FILL_IN = '[please fill in]';

const NORTH_AMERICA_FORM = 'For Canada and the USA, use the N. America MAK ADD web form.';
const WEB_FORM_ANSWER = 'Microsoft answers web-form submissions within 24 hours.';

/** What an empty optional field reads as in the text. */
const EMPTY: Partial<Record<string, string>> = {
  tenantId: 'Not known',
  verdictFound: 'Not checked',
  newAccount: 'Not created yet',
  region: 'Not stated',
  tried: 'Nothing else yet',
  expectedCompletion: 'Not known yet',
  globalAdmin: 'Not known',
};

function shown<K extends DraftKind>(kind: K, input: DraftInput<K>, name: DraftFieldName<K>): string {
  const spec = FIELD_SPECS[kind].find((s) => s.name === name) as FieldSpec;
  const value = input[name] as string;
  if (value === '') return spec.required ? FILL_IN : (EMPTY[name] ?? '');
  return choiceTitle(spec, value);
}

/** "Label: value" lines, using the field labels so the text and the form line up. */
function details<K extends DraftKind>(kind: K, input: DraftInput<K>, names: Array<DraftFieldName<K>>): string[] {
  return names.map((name) => {
    const spec = FIELD_SPECS[kind].find((s) => s.name === name) as FieldSpec;
    return `${spec.label}: ${shown(kind, input, name)}`;
  });
}

function signOff(name: string): string[] {
  return ['Thank you,', name || FILL_IN];
}

/** The request sentence the seed's Option 2, Step 1 asks for. */
export function disassociationRequest(address: string): string {
  return `Please disassociate my VLSC account from ${address} and invite me to register again.`;
}

const disassociation: Template<'disassociation'> = {
  title: 'Disassociation request to VLSC Support',
  channel: 'web-form',
  to: null,
  link: LINKS.vlscSupportContact,
  subject: (input) => `Disassociate my VLSC account from ${input.vlscAddress || FILL_IN}`,
  body: (input) =>
    [
      'Hello VLSC Support,',
      '',
      input.request || FILL_IN,
      '',
      `I need to sign in to VLSC with a different work or school account, so the VLSC account registered with ${input.vlscAddress || FILL_IN} has to be released first.`,
      input.newAccount
        ? `I will sign in with my new work or school account, ${input.newAccount}, once you confirm.`
        : 'I will create a new work or school account (such as name@yourcompany.onmicrosoft.com) and sign in with it once you confirm.',
      'I will not sign in to VLSC until you have confirmed that the disassociation is complete.',
      '',
      ...details('disassociation', input, ['contactName', 'contactEmail', 'vlscAddress', 'domain', 'tenantId', 'verdictFound', 'newAccount', 'region', 'tried']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: (input) => [
    input.region === 'north-america'
      ? 'Paste this into VLSC Support’s N. America MAK ADD web form (for Canada and the USA), linked from the Contact page.'
      : `Paste this into VLSC Support’s web form, linked from the Contact page. ${NORTH_AMERICA_FORM}`,
    WEB_FORM_ANSWER,
    'Do NOT sign in to VLSC until VLSC Support has confirmed that the disassociation of your account is complete.',
    ...(input.newAccount
      ? []
      : ['Meanwhile, go to Sign Up and create a new work or school account (such as name@yourcompany.onmicrosoft.com) with yourself as the administrator. Write down the user ID.']),
    'After VLSC Support confirms, return to VLSC, choose Sign in with a Work or School Account and enter the new account. It can take up to 2 business days before you can sign in with it.',
  ],
};

const extraLogins: Template<'extra-logins'> = {
  title: 'Extra log-in sessions request to VLSC Support',
  channel: 'web-form',
  to: null,
  link: LINKS.vlscSupportContact,
  subject: (input) => `Extra VLSC log-in sessions for ${input.vlscAddress || FILL_IN}`,
  body: (input) =>
    [
      'Hello VLSC Support,',
      '',
      `Please add extra log-in sessions to my VLSC account, which I sign in to with ${input.vlscAddress || FILL_IN}.`,
      `VLSC shows ${input.remainingLogins || FILL_IN} remaining log-ins, and I need more time before I can sign in with a managed work or school account.`,
      '',
      ...details('extra-logins', input, ['contactName', 'contactEmail', 'vlscAddress', 'remainingLogins', 'reason', 'expectedCompletion']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: () => [
    `Paste this into VLSC Support’s web form, linked from the Contact page. ${NORTH_AMERICA_FORM}`,
    WEB_FORM_ANSWER,
    'Extra log-ins buy time: you, or someone in your organisation, still need to take over the tenant or move to a work or school account.',
  ],
};

/** What each method means, in the words of the partner guidance. */
const METHOD_DETAILS: Record<MfaMethod, string> = {
  'conditional-access':
    'We created a Conditional Access policy in Microsoft Entra ID (all users; target resources: Microsoft Admin Portals; grant: require multifactor authentication).',
  'security-defaults': 'We tried to enable Security Defaults (Entra ID > Overview > Properties > Manage Security Defaults).',
  'per-user': 'We tried to enforce per-user MFA (Entra admin center > Users > Multi-Factor Authentication).',
};

function isMethod(value: string): value is MfaMethod {
  return (MFA_METHODS as readonly string[]).includes(value);
}

const mfaSupport: Template<'mfa-support'> = {
  title: 'E-mail to MFA support for Volume Licensing Central',
  channel: 'email',
  to: LINKS.mfaSupportEmail,
  link: null,
  subject: (input) => `Cannot enable MFA for Volume Licensing Central: ${input.domain || FILL_IN} (tenant ${input.tenantId || FILL_IN})`,
  body: (input) =>
    [
      'Hello,',
      '',
      'We are a Volume Licensing partner and cannot enable multifactor authentication (MFA) for Volume Licensing Central in our Microsoft Entra tenant, as the partner guidance on mandatory MFA asks. Could you please help us?',
      ...(isMethod(input.method) ? ['', METHOD_DETAILS[input.method]] : []),
      '',
      ...details('mfa-support', input, ['tenantId', 'domain', 'method', 'error', 'globalAdmin', 'contactName', 'contactEmail']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: () => [
    `Send this to ${LINKS.mfaSupportEmail}, the address the partner guidance gives for problems enabling MFA.`,
    'Only a Global Administrator (or Conditional Access Administrator) can enforce MFA for the whole tenant: copy them in.',
  ],
};

export const TEMPLATES: { [K in DraftKind]: Template<K> } = {
  disassociation,
  'extra-logins': extraLogins,
  'mfa-support': mfaSupport,
};
