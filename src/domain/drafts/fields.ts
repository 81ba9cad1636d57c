import { TEXT } from '../../text/en';
import { DraftFieldName, DraftKind, MFA_METHODS, REGIONS, RELATIONSHIPS, TAKEOVER_PROGRESS, TENANT_TYPES } from './types';

/**
 * The fields of each draft, in the order the web form or e-mail asks for them. One list
 * drives the card, the copied text and validation, so they cannot drift apart. Labels and
 * messages live in the text catalog.
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

function choicesOf<V extends string>(values: readonly V[], titles: Record<V, string>) {
  return values.map((value) => ({ value, title: titles[value] }));
}

const C = TEXT.drafts.choices;
const METHOD_CHOICES = choicesOf(MFA_METHODS, C.method);
const REGION_CHOICES = choicesOf(REGIONS, C.region);
const PROGRESS_CHOICES = choicesOf(TAKEOVER_PROGRESS, C.progress);
const RELATIONSHIP_CHOICES = choicesOf(RELATIONSHIPS, C.relationship);
const TENANT_TYPE_CHOICES = choicesOf(TENANT_TYPES, TEXT.result.domainTypes);

const NAME = 200;
const ADDRESS = 254;
const DOMAIN = 253;
const LINE = 300;
const TEXT_LENGTH = 2000;

type Words<K extends DraftKind> = { [N in DraftFieldName<K>]: { label: string; missing?: string } };
type Shape<K extends DraftKind> = Omit<FieldSpec<K>, 'label' | 'missing'>;

/** A draft's field list, with each field's words from the catalog. */
function specs<K extends DraftKind>(words: Words<K>, shapes: ReadonlyArray<Shape<K>>): ReadonlyArray<FieldSpec<K>> {
  return shapes.map((shape) => ({ ...shape, ...words[shape.name] }));
}

type Specs = { [K in DraftKind]: ReadonlyArray<FieldSpec<K>> };

export const FIELD_SPECS: Specs = {
  disassociation: specs(TEXT.drafts.fields.disassociation, [
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'vlscAddress', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'domain', required: true, format: 'domain', maxLength: DOMAIN },
    { name: 'tenantId', required: false, format: 'tenant-id', maxLength: 36 },
    { name: 'verdictFound', required: false, format: 'text', maxLength: LINE },
    { name: 'request', required: true, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'newAccount', required: false, format: 'address', maxLength: ADDRESS },
    { name: 'region', required: false, format: 'choice', maxLength: LINE, choices: REGION_CHOICES },
    { name: 'tried', required: false, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
  ]),
  'extra-logins': specs(TEXT.drafts.fields['extra-logins'], [
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'vlscAddress', required: true, format: 'address', maxLength: ADDRESS },
    { name: 'remainingLogins', required: true, format: 'count', maxLength: 6 },
    { name: 'progress', required: true, format: 'choice', maxLength: LINE, choices: PROGRESS_CHOICES },
    { name: 'reason', required: false, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'expectedCompletion', required: false, format: 'text', maxLength: LINE },
  ]),
  'mfa-support': specs(TEXT.drafts.fields['mfa-support'], [
    { name: 'tenantId', required: true, format: 'tenant-id', maxLength: 36 },
    { name: 'domain', required: true, format: 'domain', maxLength: DOMAIN },
    { name: 'tenantType', required: false, format: 'choice', maxLength: LINE, choices: TENANT_TYPE_CHOICES },
    { name: 'relationship', required: false, format: 'choice', maxLength: LINE, choices: RELATIONSHIP_CHOICES },
    { name: 'method', required: true, format: 'choice', maxLength: LINE, choices: METHOD_CHOICES },
    { name: 'error', required: true, format: 'text', maxLength: TEXT_LENGTH, multiline: true },
    { name: 'globalAdmin', required: false, format: 'text', maxLength: LINE },
    { name: 'contactName', required: true, format: 'text', maxLength: NAME },
    { name: 'contactEmail', required: true, format: 'address', maxLength: ADDRESS },
  ]),
};

/** The title of a choice value, or the value itself when it is not one of the choices. */
export function choiceTitle(spec: FieldSpec, value: string): string {
  return spec.choices?.find((choice) => choice.value === value)?.title ?? value;
}
