import { DraftFieldName, DraftKind, MFA_METHODS, MfaMethod, Region, REGIONS } from './types';

/**
 * The fields of each draft, in the order the web form or e-mail asks for them. One list
 * drives the card, the copied text and validation, so they cannot drift apart.
 */
export type FieldFormat = 'text' | 'address' | 'domain' | 'tenant-id' | 'count' | 'choice';

export interface FieldSpec<K extends DraftKind = DraftKind> {
  name: DraftFieldName<K>;
  label: string;
  required: boolean;
  format: FieldFormat;
  maxLength: number;
  /** What to say when a required field is empty. */
  missing?: string;
  choices?: ReadonlyArray<{ value: string; title: string }>;
  /** Free text that may span lines; other fields are folded onto one line. */
  multiline?: boolean;
}

const METHOD_TITLES: Record<MfaMethod, string> = {
  'conditional-access': 'Conditional Access policy',
  'security-defaults': 'Security Defaults',
  'per-user': 'Per-user MFA (legacy)',
};

const REGION_TITLES: Record<Region, string> = {
  'north-america': 'Canada or the USA (N. America MAK ADD web form)',
  elsewhere: 'Outside Canada and the USA',
};

const METHOD_CHOICES = MFA_METHODS.map((value) => ({ value, title: METHOD_TITLES[value] }));
const REGION_CHOICES = REGIONS.map((value) => ({ value, title: REGION_TITLES[value] }));

const NAME = 200;
const ADDRESS = 254;
const DOMAIN = 253;
const LINE = 300;
const TEXT = 2000;

type Specs = { [K in DraftKind]: ReadonlyArray<FieldSpec<K>> };

export const FIELD_SPECS: Specs = {
  disassociation: [
    { name: 'contactName', label: 'Contact name', required: true, format: 'text', maxLength: NAME, missing: 'Enter your name.' },
    { name: 'contactEmail', label: 'Contact e-mail (where VLSC Support replies)', required: true, format: 'address', maxLength: ADDRESS, missing: 'Enter the e-mail address where VLSC Support should reply.' },
    { name: 'vlscAddress', label: 'E-mail address used to sign in to VLSC', required: true, format: 'address', maxLength: ADDRESS, missing: 'Enter the e-mail address you sign in to VLSC with.' },
    { name: 'domain', label: 'Domain', required: true, format: 'domain', maxLength: DOMAIN, missing: 'Enter the domain of that address, such as contoso.com.' },
    { name: 'tenantId', label: 'Tenant ID', required: false, format: 'tenant-id', maxLength: 36 },
    { name: 'verdictFound', label: 'What the sign-in check found', required: false, format: 'text', maxLength: LINE },
    { name: 'request', label: 'Request', required: true, format: 'text', maxLength: TEXT, missing: 'Say what you ask VLSC Support to do.', multiline: true },
    { name: 'newAccount', label: 'New work or school account to use', required: false, format: 'address', maxLength: ADDRESS },
    { name: 'region', label: 'Region', required: false, format: 'choice', maxLength: LINE, choices: REGION_CHOICES },
    { name: 'tried', label: 'What I have tried', required: false, format: 'text', maxLength: TEXT, multiline: true },
  ],
  'extra-logins': [
    { name: 'contactName', label: 'Name', required: true, format: 'text', maxLength: NAME, missing: 'Enter your name.' },
    { name: 'contactEmail', label: 'Contact e-mail (where VLSC Support replies)', required: true, format: 'address', maxLength: ADDRESS, missing: 'Enter the e-mail address where VLSC Support should reply.' },
    { name: 'vlscAddress', label: 'E-mail address used to sign in to VLSC', required: true, format: 'address', maxLength: ADDRESS, missing: 'Enter the e-mail address you sign in to VLSC with.' },
    { name: 'remainingLogins', label: 'Remaining log-ins', required: true, format: 'count', maxLength: 6, missing: 'Enter how many log-ins VLSC says you have left (usually 0).' },
    { name: 'reason', label: 'Why I need more time', required: true, format: 'text', maxLength: TEXT, missing: 'Say why you need more time, for example that the tenant takeover is in progress.', multiline: true },
    { name: 'expectedCompletion', label: 'Expected completion', required: false, format: 'text', maxLength: LINE },
  ],
  'mfa-support': [
    { name: 'tenantId', label: 'Tenant ID', required: true, format: 'tenant-id', maxLength: 36, missing: 'Enter your Microsoft Entra tenant ID.' },
    { name: 'domain', label: 'Domain', required: true, format: 'domain', maxLength: DOMAIN, missing: 'Enter your organisation’s domain, such as contoso.com.' },
    { name: 'method', label: 'MFA method tried', required: true, format: 'choice', maxLength: LINE, missing: 'Choose the way you tried to enable MFA.', choices: METHOD_CHOICES },
    { name: 'error', label: 'Error seen', required: true, format: 'text', maxLength: TEXT, missing: 'Paste or describe the error you saw.', multiline: true },
    { name: 'globalAdmin', label: 'Global Administrator', required: false, format: 'text', maxLength: LINE },
    { name: 'contactName', label: 'Contact name', required: true, format: 'text', maxLength: NAME, missing: 'Enter your name.' },
    { name: 'contactEmail', label: 'Contact e-mail', required: true, format: 'address', maxLength: ADDRESS, missing: 'Enter the e-mail address where support should reply.' },
  ],
};

/** The title of a choice value, or the value itself when it is not one of the choices. */
export function choiceTitle(spec: FieldSpec, value: string): string {
  return spec.choices?.find((choice) => choice.value === value)?.title ?? value;
}
