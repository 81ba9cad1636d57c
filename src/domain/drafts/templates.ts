import { LINKS } from '../links';
import { TEXT } from '../../text/en';
import { choiceTitle, FIELD_SPECS, FieldSpec } from './fields';
import { DraftChannel, DraftFieldName, DraftInput, DraftKind, MFA_METHODS, RELATIONSHIPS } from './types';

/**
 * The words of each draft, faithful to the two seed documents ("Migration to Work or
 * School Accounts for VLSC Access", Option 2 and Skip; "Mandatory MFA for Volume
 * Licensing Central"), from the text catalog. A draft states only what the check found and
 * what the person entered: anything else is a field or a choice they fill in. Templates
 * receive input already trimmed and scrubbed.
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

const W = TEXT.drafts;
const FILL_IN = W.fillIn;

function shown<K extends DraftKind>(kind: K, input: DraftInput<K>, name: DraftFieldName<K>): string {
  const spec = FIELD_SPECS[kind].find((s) => s.name === name) as FieldSpec;
  const value = input[name] as string;
  if (value === '') return spec.required ? FILL_IN : W.blank;
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
  return [W.signOff, name || FILL_IN];
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const disassociation: Template<'disassociation'> = {
  title: W.disassociation.title,
  channel: 'web-form',
  to: null,
  link: LINKS.vlscSupportContact,
  subject: (input) => W.disassociation.subject(input.vlscAddress || FILL_IN),
  body: (input) =>
    [
      W.disassociation.greeting,
      '',
      input.request || FILL_IN,
      '',
      // Only what the person entered: without a new account the body says nothing of one (its field shows the blank).
      ...(input.newAccount ? [W.disassociation.why(input.vlscAddress || FILL_IN), W.disassociation.newAccount(input.newAccount)] : []),
      W.disassociation.wait,
      '',
      ...details('disassociation', input, ['contactName', 'contactEmail', 'vlscAddress', 'domain', 'tenantId', 'verdictFound', 'newAccount', 'region', 'tried']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: (input) => [
    // The seed names the N. America MAK ADD web form for this request only.
    input.region === 'north-america' ? W.disassociation.pasteNorthAmerica : W.disassociation.paste,
    W.webFormAnswer,
    W.disassociation.doNotSignIn,
    ...(input.newAccount ? [] : [W.disassociation.signUpMeanwhile]),
    W.disassociation.afterwards,
  ],
};

const extraLogins: Template<'extra-logins'> = {
  title: W.extraLogins.title,
  channel: 'web-form',
  to: null,
  link: LINKS.vlscSupportContact,
  subject: (input) => W.extraLogins.subject(input.vlscAddress || FILL_IN),
  body: (input) =>
    [
      W.extraLogins.greeting,
      '',
      W.extraLogins.request(input.vlscAddress || FILL_IN),
      W.extraLogins.remaining(input.remainingLogins || FILL_IN),
      '',
      ...details('extra-logins', input, ['contactName', 'contactEmail', 'vlscAddress', 'remainingLogins', 'progress', 'reason', 'expectedCompletion']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: () => [W.extraLogins.paste, W.webFormAnswer, W.extraLogins.buysTime],
};

const mfaSupport: Template<'mfa-support'> = {
  title: W.mfaSupport.title,
  channel: 'email',
  to: LINKS.mfaSupportEmail,
  link: null,
  subject: (input) => W.mfaSupport.subject(input.domain || FILL_IN, input.tenantId || FILL_IN),
  body: (input) =>
    [
      W.mfaSupport.greeting,
      '',
      ...(input.tenantType === 'unmanaged' ? [W.mfaSupport.unmanagedFirst(input.domain || FILL_IN), ''] : []),
      ...(isOneOf(RELATIONSHIPS, input.relationship) ? [W.mfaSupport.relationship[input.relationship]] : []),
      W.mfaSupport.problem,
      ...(isOneOf(MFA_METHODS, input.method) ? ['', W.mfaSupport.method[input.method]] : []),
      '',
      ...details('mfa-support', input, ['tenantId', 'domain', 'tenantType', 'relationship', 'method', 'error', 'globalAdmin', 'contactName', 'contactEmail']),
      '',
      ...signOff(input.contactName),
    ].join('\n'),
  notes: (input) => [
    // Nobody can turn MFA on in a tenant without an administrator: the takeover comes first.
    ...(input.tenantType === 'unmanaged' ? [`${TEXT.mfa.unmanaged.text(input.domain || FILL_IN)} ${W.mfaSupport.afterTakeover}`] : []),
    W.mfaSupport.send(LINKS.mfaSupportEmail),
    W.mfaSupport.copyIn(TEXT.mfa.whoCanEnforce),
  ],
};

export const TEMPLATES: { [K in DraftKind]: Template<K> } = {
  disassociation,
  'extra-logins': extraLogins,
  'mfa-support': mfaSupport,
};
