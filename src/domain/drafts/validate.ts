import { TEXT } from '../../text/en';
import { parseAddress } from '../address';
import { draftInputRefusal } from './applies';
import { FIELD_SPECS, FieldSpec } from './fields';
import { DraftFieldErrors, DraftFieldName, DraftInput, DraftKind } from './types';

const P = TEXT.drafts.problems;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Card submissions are untrusted: anything but a string counts as empty. */
export function fieldText<K extends DraftKind>(input: DraftInput<K>, name: DraftFieldName<K>): string {
  const value: unknown = input[name];
  return typeof value === 'string' ? value.trim() : '';
}

function formatProblem(spec: FieldSpec, value: string): string | undefined {
  switch (spec.format) {
    case 'address': {
      const parsed = parseAddress(value);
      return parsed.ok ? undefined : P.address(TEXT.address.problems[parsed.problem]);
    }
    case 'domain':
      // A domain is valid exactly when some address at it is.
      return parseAddress(`postmaster@${value}`).ok ? undefined : P.domain;
    case 'tenant-id':
      return GUID.test(value) ? undefined : P.tenantId;
    case 'count':
      return /^\d{1,6}$/.test(value) ? undefined : P.count;
    case 'choice':
      return spec.choices?.some((choice) => choice.value === value)
        ? undefined
        : P.choice((spec.choices ?? []).map((choice) => choice.title).join(', '));
    case 'text':
      return undefined;
  }
}

function sameAddress(a: string, b: string): boolean {
  const left = parseAddress(a);
  const right = parseAddress(b);
  return left.ok && right.ok && left.address.toLowerCase() === right.address.toLowerCase();
}

/** Checks between fields: the new account cannot be the address being released; extra log-ins need none left. */
function crossFieldProblems(kind: DraftKind, input: DraftInput): Record<string, string> {
  if (kind === 'extra-logins') {
    const loginsLeft = draftInputRefusal(kind, input);
    return loginsLeft ? { remainingLogins: loginsLeft } : {};
  }
  if (kind !== 'disassociation') return {};
  const disassociation = input as DraftInput<'disassociation'>;
  return sameAddress(fieldText<'disassociation'>(disassociation, 'vlscAddress'), fieldText<'disassociation'>(disassociation, 'newAccount'))
    ? { newAccount: P.sameAccount }
    : {};
}

/**
 * Checks a draft's input as submitted from a card: required fields present, addresses,
 * domains and tenant ids well formed, nothing over length. An empty result means valid.
 */
export function validateDraftInput<K extends DraftKind>(kind: K, input: DraftInput<K>): DraftFieldErrors<K> {
  const errors: Record<string, string> = {};
  const specs = FIELD_SPECS[kind] as ReadonlyArray<FieldSpec<K>>;
  for (const spec of specs) {
    const value = fieldText(input, spec.name);
    const problem =
      value === ''
        ? spec.missing
        : value.length > spec.maxLength
          ? P.tooLong(spec.maxLength)
          : formatProblem(spec as FieldSpec, value);
    if (problem) errors[spec.name] = problem;
  }
  return { ...crossFieldProblems(kind, input), ...errors } as DraftFieldErrors<K>;
}
