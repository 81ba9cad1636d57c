import { DraftFieldName, DraftKind, MFA_METHODS, REGIONS, RELATIONSHIPS, TAKEOVER_PROGRESS, TENANT_TYPES } from './types';

/**
 * The fields of each draft, in the order the web form or e-mail asks for them. One list
 * drives the card, the copied text and validation, so they cannot drift apart. Labels,
 * choice titles and messages live in the text catalog (drafts.fields, drafts.choices).
 */
export type FieldFormat = 'text' | 'address' | 'domain' | 'tenant-id' | 'count' | 'choice';

export interface FieldSpec<K extends DraftKind = DraftKind> {
  name: DraftFieldName<K>;
  required: boolean;
  format: FieldFormat;
  maxLength: number;
  /** The values a field with a fixed set of answers takes. */
  choices?: readonly string[];
  /** Free text that may span lines; other fields are folded onto one line. */
  multiline?: boolean;
}

const NAME = 200;
const ADDRESS = 254;
const DOMAIN = 253;
const LINE = 300;
const TEXT_LENGTH = 2000;

type Specs = { [K in DraftKind]: ReadonlyArray<FieldSpec<K>> };

export const FIELD_SPECS: Specs = {
  disassociation: [
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'vlscAddress', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'domain', required: true, format: 'domain', maxLength: DOMAIN },
    { name: 'tenantId', required: false, format: 'tenant-id', maxLength: 36 },
    { name: 'verdictFound', required: false, format: 'text', maxLength: LINE },
    { name: 'request', required: true, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'newAccount', required: false, format: 'address', maxLength: ADDRESS },
    { name: 'region', required: false, format: 'choice', maxLength: LINE, choices: REGIONS },
    { name: 'tried', required: false, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
  ],
  'extra-logins': [
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'vlscAddress', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'remainingLogins', required: true, format: 'count', maxLength: 6 },
    { name: 'progress', required: true, format: 'choice', maxLength: LINE, choices: TAKEOVER_PROGRESS },
    { name: 'reason', required: false, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'expectedCompletion', required: false, format: 'text', maxLength: LINE },
  ],
  'mfa-support': [
    { name: 'tenantId', required: true, format: 'tenant-id', maxLength: 36 },
    { name: 'domain', required: true, format: 'domain', maxLength: DOMAIN },
    { name: 'tenantType', required: false, format: 'choice', maxLength: LINE, choices: TENANT_TYPES },
    { name: 'relationship', required: false, format: 'choice', maxLength: LINE, choices: RELATIONSHIPS },
    { name: 'method', required: true, format: 'choice', maxLength: LINE, choices: MFA_METHODS },
    { name: 'error', required: true, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'globalAdmin', required: false, format: 'text', maxLength: LINE },
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
  ],
};

/** A field's spec; every field name of a kind has one. */
export function fieldSpec<K extends DraftKind>(kind: K, name: DraftFieldName<K>): FieldSpec<K> {
  return (FIELD_SPECS[kind] as ReadonlyArray<FieldSpec<K>>).find((spec) => spec.name === name) as FieldSpec<K>;
}
