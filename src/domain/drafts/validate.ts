import { parseAddress } from '../address';
import { draftInputRefusal } from './applies';
import { FIELD_SPECS, FieldSpec } from './fields';
import { DraftFieldErrors, DraftFieldName, DraftFieldProblem, DraftInput, DraftKind } from './types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Card submissions are untrusted: anything but a string counts as empty. */
export function fieldText<K extends DraftKind>(input: DraftInput<K>, name: DraftFieldName<K>): string {
  const value: unknown = input[name];
  return typeof value === 'string' ? value.trim() : '';
}

function formatProblem(spec: FieldSpec, value: string): DraftFieldProblem | undefined {
  switch (spec.format) {
    case 'address': {
      const parsed = parseAddress(value);
      return parsed.ok ? undefined : { code: 'address', problem: parsed.problem };
    }
    case 'domain':
      // A domain is valid exactly when some address at it is.
      return parseAddress(`postmaster@${value}`).ok ? undefined : { code: 'domain' };
    case 'tenant-id':
      return GUID.test(value) ? undefined : { code: 'tenant-id' };
    case 'count':
      return /^\d{1,6}$/.test(value) ? undefined : { code: 'count' };
    case 'choice':
      return spec.choices?.includes(value) ? undefined : { code: 'choice' };
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
function crossFieldProblems(kind: DraftKind, input: DraftInput): Record<string, DraftFieldProblem> {
  if (kind === 'extra-logins') {
    const loginsLeft = draftInputRefusal(kind, input);
    return loginsLeft ? { remainingLogins: loginsLeft } : {};
  }
  if (kind !== 'disassociation') return {};
  const disassociation = input as DraftInput<'disassociation'>;
  return sameAddress(fieldText<'disassociation'>(disassociation, 'vlscAddress'), fieldText<'disassociation'>(disassociation, 'newAccount'))
    ? { newAccount: { code: 'same-account' } }
    : {};
}

/**
 * Checks a draft's input as submitted from a card: required fields present, addresses,
 * domains and tenant ids well formed, nothing over length. An empty result means valid.
 */
export function validateDraftInput<K extends DraftKind>(kind: K, input: DraftInput<K>): DraftFieldErrors<K> {
  const errors: Record<string, DraftFieldProblem> = {};
  const specs = FIELD_SPECS[kind] as ReadonlyArray<FieldSpec<K>>;
  for (const spec of specs) {
    const value = fieldText(input, spec.name);
    const problem: DraftFieldProblem | undefined =
      value === ''
        ? spec.required
          ? { code: 'missing' }
          : undefined
        : value.length > spec.maxLength
          ? { code: 'too-long', max: spec.maxLength }
          : formatProblem(spec as FieldSpec, value);
    if (problem) errors[spec.name] = problem;
  }
  return { ...crossFieldProblems(kind, input), ...errors } as DraftFieldErrors<K>;
}
