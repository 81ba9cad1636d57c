import { describe, expect, it } from 'vitest';
import {
  buildDraft as build,
  DisassociationInput,
  DraftCase,
  type DraftFieldName,
  type DraftInput,
  draftInputFromCase as fromCase,
  draftInputRefusal as inputRefusal,
  type DraftKind,
  draftRefusal as refusalOf,
  ExtraLoginsInput,
  MfaSupportInput,
  validateDraftInput as validate,
} from '../../src/domain/drafts';
import { LINKS } from '../../src/domain/links';
import type { Diagnosis } from '../../src/domain/types';
import { catalog } from '../../src/text/en';
import type { Catalog } from '../../src/text/catalog';
import { catalogFor } from '../../src/text/languages';
import type { DraftSurface } from '../../src/text/en/drafts';
import { diagnosisFor } from '../helpers/diagnosis';

/** The drafts, their prefill, refusals and field errors as the chat and the command line show them: in the catalog's words. */
const buildDraft = <K extends DraftKind>(kind: K, input: DraftInput<K>) => build(kind, input, catalog.drafts.documents[kind]);
const draftInputFromCase = <K extends DraftKind>(kind: K, from: DraftCase) => fromCase(kind, from, catalog.drafts.prefill);
const validateDraftInput = <K extends DraftKind>(kind: K, input: DraftInput<K>, words: Catalog = catalog): Record<string, string> =>
  Object.fromEntries(Object.entries(validate(kind, input)).map(([name, problem]) => [name, problem && words.drafts.fieldProblem(kind, name as DraftFieldName<K>, problem)]));
const draftRefusal = (kind: DraftKind, diagnosis: Diagnosis, surface: DraftSurface = 'chat') => {
  const refusal = refusalOf(kind, diagnosis);
  return refusal && catalog.drafts.refusalInWords(refusal, surface);
};
const draftInputRefusal = (kind: DraftKind, input: DraftInput) => {
  const refusal = inputRefusal(kind, input);
  return refusal && catalog.drafts.fieldProblem('extra-logins', 'remainingLogins', refusal);
};

const UNMANAGED_TENANT = '22222222-2222-4222-8222-222222222222';
const CONTOSO_TENANT = '11111111-1111-4111-8111-111111111111';

const takeover = diagnosisFor('takeover-needed', 'megan@fourthcoffee.xyz', { domainType: 'unmanaged', tenantId: UNMANAGED_TENANT, workAccount: true, personalAccount: false, next: 'takeover' });
const personal = diagnosisFor('personal-account', 'sam@outlook.com', { workAccount: false, personalAccount: true, next: 'new-work-account' });
const ready = diagnosisFor('ready', 'alex@contoso.com', { domainType: 'managed', tenantId: CONTOSO_TENANT, tenantName: 'Contoso', workAccount: true, personalAccount: false, next: 'mfa-readiness' });

const megan: DraftCase['requester'] = { name: 'Megan Bowen', email: 'megan.bowen@contoso.com', upn: 'megan@contoso.onmicrosoft.com' };
const sam: DraftCase['requester'] = { name: 'Sam Rivera', upn: 'sam@fabrikam.com' };

function fieldValues(fields: Array<{ name: string; value: string }>): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.name, f.value]));
}

describe('disassociation draft (Option 2, step 1)', () => {
  it.each([
    ['takeover-needed', takeover, megan, 'unmanaged'],
    ['lookup-failed', diagnosisFor('lookup-failed', 'sam@fabrikam.com', { domainType: 'unknown' }), sam, 'could not get an answer'],
  ] as const)('for %s: asks to disassociate and re-invite, prefilled from the case', (_verdict, found, requester, finding) => {
    const input = draftInputFromCase('disassociation', { diagnosis: found, requester, tried: 'Asked IT for the DNS records' });
    expect(validateDraftInput('disassociation', input)).toEqual({});
    const draft = buildDraft('disassociation', input);

    expect(draft).toMatchObject({ kind: 'disassociation', channel: 'web-form', to: null, mailto: null, truncated: false, link: LINKS.vlscSupportContact });
    expect(draft.body).toContain(`Please disassociate my VLSC account from ${found.address} and invite me to register again.`);
    expect(draft.body).toContain('I will not sign in to VLSC until you have confirmed that the disassociation is complete.');
    expect(draft.body).toContain(finding);
    expect(draft.body).toContain('Checked 2026-01-05 09:30 UTC');
    expect(draft.body).toContain('Asked IT for the DNS records');
    expect(draft.body).toContain(requester.name);
    expect(draft.subject).toContain(found.address);
    expect(draft.notes.join(' ')).toMatch(/N\. America MAK ADD web form/);
    expect(draft.notes.join(' ')).toMatch(/within 24 hours/);
    expect(draft.notes.join(' ')).toMatch(/Do NOT sign in to VLSC until VLSC Support has confirmed/);

    expect(draft.fields.map((f) => f.name)).toEqual(['contactName', 'contactEmail', 'vlscAddress', 'domain', 'tenantId', 'verdictFound', 'request', 'newAccount', 'region', 'tried']);
    const values = fieldValues(draft.fields);
    expect(values.contactEmail).toBe(requester.email ?? requester.upn);
    expect(values.vlscAddress).toBe(found.address);
    expect(values.domain).toBe(found.domain);
    expect(values.tenantId).toBe(found.tenantId ?? '');
    expect(draft.fields.filter((f) => f.required).map((f) => f.name)).toEqual(['contactName', 'contactEmail', 'vlscAddress', 'domain', 'request']);
  });

  it('states the new work account when known and the North America form when that is the region', () => {
    const input = draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan, newAccount: 'megan@fourthcoffeexyz.onmicrosoft.com', region: 'north-america' });
    const draft = buildDraft('disassociation', input);
    expect(draft.body).toContain('I will sign in with my new work or school account, megan@fourthcoffeexyz.onmicrosoft.com, once you confirm.');
    expect(draft.body).toContain('Region: Canada or the USA (N. America MAK ADD web form)');
    expect(draft.notes[0]).toMatch(/N\. America MAK ADD web form/);
    expect(draft.notes.join(' ')).not.toMatch(/go to Sign Up/);
    expect(draft.fields.find((f) => f.name === 'region')).toMatchObject({ value: 'north-america', choices: expect.arrayContaining([{ value: 'north-america', title: expect.any(String) }]) });
  });
});

describe('what the sign-in check found, as a draft states it', () => {
  const found = (d: typeof takeover) => draftInputFromCase('disassociation', { diagnosis: d, requester: megan }).verdictFound;

  it('states the check’s facts and nothing VLSC is assumed to have said', () => {
    expect(found(takeover)).toBe('The address is in an unmanaged (“viral”) Microsoft Entra tenant with no administrator. Checked 2026-01-05 09:30 UTC.');
    expect(found(ready)).toContain('a work or school account in a managed tenant (the domain’s tenant: Contoso)');
  });

  it('does not call a federated domain managed, and says when the exact address was not confirmed', () => {
    const federated = diagnosisFor('ready', 'typo@fabrikam.com', { domainType: 'federated', tenantName: 'Fabrikam', workAccount: true, personalAccount: false, addressConfirmed: false });
    expect(found(federated)).toBe(
      'The domain is federated (its organisation signs in through its own identity provider), so Microsoft could not confirm this exact address (the domain’s tenant: Fabrikam). Checked 2026-01-05 09:30 UTC.',
    );
  });

  it('when the address is not confirmed, states what is known of the domain only, and an unknown personal account as unknown', () => {
    const throttled = diagnosisFor('ready', 'pat@contoso.com', { domainType: 'managed', tenantName: 'Contoso', workAccount: true, personalAccount: null, addressConfirmed: false });
    const text = found(throttled);
    expect(text).toBe(
      'Addresses at the domain are work or school accounts in a managed tenant; Microsoft could not confirm this exact address; whether a personal Microsoft account uses it is not known (the domain’s tenant: Contoso). Checked 2026-01-05 09:30 UTC.',
    );
    expect(text).not.toMatch(/The address is a work or school account/);
    const unmanaged = diagnosisFor('takeover-needed', 'pat@fourthcoffee.xyz', { domainType: 'unmanaged', workAccount: true, personalAccount: false, addressConfirmed: false });
    expect(found(unmanaged)).toMatch(/^Addresses at the domain are in an unmanaged/);
  });

  it('states only what the person entered: no new account promised, blanks marked as blanks', () => {
    const draft = buildDraft('disassociation', draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan }));
    expect(draft.body).not.toMatch(/I will create|I will sign in with my new/);
    expect(draft.body).toContain('New work or school account to use: [left blank]');
    expect(draft.body).toContain('What I have tried: [left blank]');
    expect(draft.body).not.toMatch(/Not created yet|Nothing else yet|Nothing more to add|Not known|Not stated|Not checked/);
    const extra = buildDraft('extra-logins', draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan })).body;
    expect(extra).toContain('More about why I need more time: [left blank]');
    expect(extra).not.toMatch(/Nothing more to add|Not known yet/);
  });
});

describe('extra log-in sessions draft', () => {
  it('for an unmanaged-tenant account: asks for more sessions, with the count and the takeover’s progress as the person states them', () => {
    const input = draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan, remainingLogins: '0', progress: 'takeover-in-progress' });
    expect(validateDraftInput('extra-logins', input)).toEqual({});
    const draft = buildDraft('extra-logins', input);
    expect(draft).toMatchObject({ kind: 'extra-logins', channel: 'web-form', to: null, mailto: null, link: LINKS.vlscSupportContact });
    expect(draft.body).toContain(`Please add extra log-in sessions to my VLSC account, which I sign in to with ${takeover.address}.`);
    expect(draft.body).toContain('VLSC shows 0 remaining log-ins');
    expect(draft.body).toContain('Where the takeover stands: My organisation is taking over the unmanaged tenant');
    expect(draft.body).toContain('Expected completion: [left blank]');
    expect(draft.fields.map((f) => f.name)).toEqual(['contactName', 'contactEmail', 'vlscAddress', 'remainingLogins', 'progress', 'reason', 'expectedCompletion']);
    expect(draft.fields.find((f) => f.name === 'progress')?.choices?.map((c) => c.value)).toEqual(['takeover-in-progress', 'finding-admin']);
    expect(draft.notes.join(' ')).toMatch(/within 24 hours/);
  });

  it('claims nothing the person has not stated: no log-in count, no takeover under way', () => {
    const input = draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan });
    expect(validateDraftInput('extra-logins', input)).toEqual({
      remainingLogins: 'Enter how many log-ins VLSC says you have left.',
      progress: 'Choose where the takeover of your tenant stands.',
    });
    const draft = buildDraft('extra-logins', input);
    expect(draft.body).toContain('VLSC shows [please fill in] remaining log-ins');
    expect(draft.body).not.toMatch(/\b0 remaining|taking over/);
    expect(fieldValues(draft.fields)).toMatchObject({ remainingLogins: '', progress: '', reason: '' });
  });

  it('is for zero remaining log-ins: with some left, the field says to choose Skip instead', () => {
    const input = draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan, remainingLogins: '03', progress: 'finding-admin' });
    expect(validateDraftInput('extra-logins', input)).toEqual({ remainingLogins: expect.stringMatching(/^You still have 3 remaining log-ins: .* is for when VLSC shows 0 remaining log-ins .* choose Skip/) });
    expect(draftInputRefusal('extra-logins', input)).toMatch(/choose Skip/);
    expect(validateDraftInput('extra-logins', { ...input, remainingLogins: '1' }).remainingLogins).toMatch(/^You still have 1 remaining log-in: /);
    expect(validateDraftInput('extra-logins', { ...input, remainingLogins: '1' }, catalogFor('es')).remainingLogins).toMatch(/^Todavía tienes 1 inicio de sesión restante: /);
    expect(draftInputRefusal('extra-logins', { ...input, remainingLogins: '0' })).toBeNull();
    expect(draftInputRefusal('extra-logins', { ...input, remainingLogins: '' })).toBeNull();
  });

  it('refuses in the chat with the chat’s own commands, on the command line with vlsa’s', () => {
    expect(draftRefusal('extra-logins', ready)).toContain('ready for MFA (type "mfa").');
    expect(draftRefusal('mfa-support', personal)).toContain('(type "check my account" to see the steps)');
    expect(draftRefusal('extra-logins', ready, 'cli')).toContain('ready for MFA (run "vlsa mfa-readiness --user <address>").');
    expect(draftRefusal('mfa-support', personal, 'cli')).not.toContain('type "');
  });

  it('keeps the not-confirmed caveat when it refuses a draft for an address it could not confirm', () => {
    const federated = { ...ready, address: 'typo@fabrikam.com', domain: 'fabrikam.com', domainType: 'federated' as const, addressConfirmed: false };
    const refusal = draftRefusal('disassociation', federated);
    expect(refusal).toContain('Microsoft could not confirm this exact address');
    expect(refusal).toContain('check the spelling or ask your IT department');
    expect(draftRefusal('disassociation', ready)).not.toContain('could not confirm');
  });

  it('names the N. America MAK ADD web form only on the disassociation draft', () => {
    const extra = buildDraft('extra-logins', draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan }));
    const mfa = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan }));
    expect([...extra.notes, extra.body, ...mfa.notes, mfa.body].join(' ')).not.toMatch(/MAK ADD/);
    expect(buildDraft('disassociation', draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan })).notes.join(' ')).toMatch(/MAK ADD/);
  });

  it('adds what the person tried to the reason', () => {
    const input = draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan, tried: 'Our registrar is adding the TXT record.' });
    expect(input.reason).toMatch(/So far: Our registrar is adding the TXT record\.$/);
  });
});

describe('MFA support e-mail', () => {
  const input = draftInputFromCase('mfa-support', {
    diagnosis: ready,
    requester: { name: 'Alex Wilber', email: 'alex@contoso.com' },
    method: 'conditional-access',
    error: 'AADSTS53003: Access has been blocked by Conditional Access policies.',
    globalAdmin: 'Nestor Wilke <nestor@contoso.com>',
  });

  it('for a ready tenant: is an e-mail to MFAVLCsupport with tenant, domain, method, error and Global Administrator', () => {
    expect(validateDraftInput('mfa-support', input)).toEqual({});
    const draft = buildDraft('mfa-support', input);
    expect(draft).toMatchObject({ kind: 'mfa-support', channel: 'email', to: 'MFAVLCsupport@microsoft.com', link: null, truncated: false });
    expect(draft.mailto).toMatch(/^mailto:MFAVLCsupport@microsoft\.com\?subject=[^&]+&body=/);
    expect(draft.subject).toContain(CONTOSO_TENANT);
    expect(draft.body).toContain(`Tenant ID: ${CONTOSO_TENANT}`);
    expect(draft.body).toContain('Domain: contoso.com');
    expect(draft.body).toContain('MFA method tried: Conditional Access policy');
    expect(draft.body).toContain('Error seen: AADSTS53003: Access has been blocked by Conditional Access policies.');
    expect(draft.body).toContain('Global Administrator: Nestor Wilke <nestor@contoso.com>');
    expect(draft.body).toContain('Contact e-mail: alex@contoso.com');
    expect(draft.fields.map((f) => f.name)).toEqual(['tenantId', 'domain', 'tenantType', 'relationship', 'method', 'error', 'globalAdmin', 'contactName', 'contactEmail']);
    expect(draft.fields.find((f) => f.name === 'method')?.choices?.map((c) => c.value)).toEqual(['conditional-access', 'security-defaults', 'per-user']);
  });

  it.each([
    ['security-defaults', 'MFA method tried: Security Defaults'],
    ['per-user', 'MFA method tried: Per-user MFA (legacy)'],
  ] as const)('names the %s method', (method, line) => {
    expect(buildDraft('mfa-support', { ...input, method }).body).toContain(line);
  });

  it('ignores a method that is not one of the choices, even a name every object has', () => {
    const body = buildDraft('mfa-support', { ...input, method: 'toString' }).body;
    expect(body).toContain('MFA method tried: toString');
    expect(body).not.toMatch(/We (created|tried)/);
  });

  it('marks the Global Administrator as a blank when not given, claiming nothing about it', () => {
    expect(buildDraft('mfa-support', { ...input, globalAdmin: '' }).body).toContain('Global Administrator: [left blank]');
  });

  it('says first, in the body, that a tenant the check found unmanaged must be taken over before anyone can enable MFA', () => {
    const body = buildDraft('mfa-support', { ...input, tenantType: 'unmanaged', domain: 'fourthcoffee.xyz' }).body;
    const lines = body.split('\n').filter(Boolean);
    expect(lines[1]).toBe('Our domain fourthcoffee.xyz is in an unmanaged (“viral”) Microsoft Entra tenant, which has no administrator, so nobody can enable MFA in it until the tenant is taken over.');
    expect(buildDraft('mfa-support', input).body).not.toContain('unmanaged');
  });

  it('states the tenant type the check found and the organisation’s relationship only when the person chose it', () => {
    const draft = buildDraft('mfa-support', input);
    expect(draft.body).toContain('Tenant type: Managed');
    expect(draft.body).toContain('Our organisation is: [left blank]');
    expect(draft.body).not.toMatch(/We are a Volume Licensing/);
    expect(draft.body).toContain('We tried to require MFA with a Conditional Access policy.');
    expect(draft.body).not.toMatch(/Microsoft Admin Portals|all users/);
    const partner = buildDraft('mfa-support', { ...input, relationship: 'partner' }).body;
    expect(partner).toContain('We are a Volume Licensing partner.');
    expect(partner).toContain('Our organisation is: A Volume Licensing partner');
  });

  it('says who can enforce MFA in the roles the admin list shows, not only Global and Conditional Access Administrators', () => {
    const notes = buildDraft('mfa-support', input).notes.join(' ');
    expect(notes).not.toMatch(/Only a Global Administrator/);
    expect(notes).toContain('Copy in whoever will enable MFA: a Global Administrator, or an admin whose role can manage these security settings');
    expect(notes).toContain('at least a Security Administrator for Security Defaults');
  });

  it('for a tenant the check found unmanaged: says nobody can enable MFA there yet and points to the takeover first', () => {
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: takeover, requester: megan, method: 'security-defaults', error: 'x' }));
    expect(draft.body).toContain('Tenant type: Unmanaged (“viral”)');
    expect(draft.notes[0]).toContain('fourthcoffee.xyz is an unmanaged (“viral”) tenant: it has no administrator, so nobody can turn on MFA in it yet');
    expect(draft.notes[0]).toContain('takes the tenant over first (Option 1)');
    expect(buildDraft('mfa-support', input).notes.join(' ')).not.toContain('takes the tenant over first');
  });
});

describe('validateDraftInput', () => {
  const emptyDisassociation: DisassociationInput = { contactName: '', contactEmail: '', vlscAddress: '', domain: '', tenantId: '', verdictFound: '', request: '', newAccount: '', region: '', tried: '' };
  const emptyExtraLogins: ExtraLoginsInput = { contactName: '', contactEmail: '', vlscAddress: '', remainingLogins: '', progress: '', reason: '', expectedCompletion: '' };
  const emptyMfa: MfaSupportInput = { tenantId: '', domain: '', tenantType: '', relationship: '', method: '', error: '', globalAdmin: '', contactName: '', contactEmail: '' };

  it('reports every missing required field by name, with a sentence', () => {
    expect(Object.keys(validateDraftInput('disassociation', emptyDisassociation)).sort()).toEqual(['contactEmail', 'contactName', 'domain', 'request', 'vlscAddress']);
    expect(Object.keys(validateDraftInput('extra-logins', emptyExtraLogins)).sort()).toEqual(['contactEmail', 'contactName', 'progress', 'remainingLogins', 'vlscAddress']);
    const mfa = validateDraftInput('mfa-support', emptyMfa);
    expect(Object.keys(mfa).sort()).toEqual(['contactEmail', 'contactName', 'domain', 'error', 'method', 'tenantId']);
    expect(mfa.error).toBe('Paste or describe the error you saw.');
    expect(mfa.tenantId).toBe('Enter your Microsoft Entra tenant ID.');
  });

  it('treats whitespace and non-strings from a card as empty', () => {
    const submitted = { ...emptyMfa, contactName: '   ', error: 42 } as unknown as MfaSupportInput;
    const errors = validateDraftInput('mfa-support', submitted);
    expect(errors.contactName).toBe('Enter your name.');
    expect(errors.error).toBe('Paste or describe the error you saw.');
  });

  it('checks formats: addresses (with the reason), domain, tenant id, count, choices, length', () => {
    const valid = draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan });
    expect(validateDraftInput('disassociation', { ...valid, contactEmail: 'megan.contoso.com', newAccount: 'a@@b' })).toEqual({
      contactEmail: 'This is not a valid e-mail address: The address has no @.',
      newAccount: 'This is not a valid e-mail address: The address has more than one @.',
    });
    expect(validateDraftInput('disassociation', { ...valid, domain: 'not a domain', tenantId: 'contoso', region: 'mars' })).toEqual({
      domain: 'This is not a valid domain name, such as contoso.com.',
      tenantId: 'A tenant ID is a GUID, such as 72f988bf-86f1-41af-91ab-2d7cd011db47.',
      region: 'Choose one of: Canada or the USA (N. America MAK ADD web form), Outside Canada and the USA.',
    });
    expect(validateDraftInput('disassociation', { ...valid, tried: 'x'.repeat(2001) })).toEqual({ tried: 'This is longer than 2000 characters; please shorten it.' });
    const logins = draftInputFromCase('extra-logins', { diagnosis: takeover, requester: megan, remainingLogins: '0', progress: 'finding-admin' });
    expect(validateDraftInput('extra-logins', { ...logins, remainingLogins: '-1' })).toEqual({ remainingLogins: 'Enter a whole number, such as 0.' });
    const mfa = draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan, method: 'per-user', error: 'x' });
    expect(validateDraftInput('mfa-support', { ...mfa, method: 'sms' })).toEqual({
      method: 'Choose one of: Conditional Access policy, Security Defaults, Per-user MFA (legacy).',
    });
  });

  it('refuses a new account that is the address being disassociated', () => {
    const input = draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan, newAccount: 'MEGAN@FourthCoffee.xyz' });
    expect(validateDraftInput('disassociation', input)).toEqual({
      newAccount: 'The new account must be a different address from the one VLSC Support disassociates.',
    });
  });

  it('leaves a lookup that failed to the person: the mfa draft asks for the tenant id', () => {
    const failed = diagnosisFor('lookup-failed', 'alex@contoso.com');
    const input = draftInputFromCase('mfa-support', { diagnosis: failed, requester: megan, method: 'per-user', error: 'x' });
    expect(validateDraftInput('mfa-support', input)).toEqual({ tenantId: 'Enter your Microsoft Entra tenant ID.' });
    expect(buildDraft('mfa-support', input).body).toContain('Tenant ID: [please fill in]');
  });
});

describe('free text stays text', () => {
  const injections = ['${name}', '<b>x</b>', '**bold**', '"quotes" & #hash', '{{contactName}}', '%0D%0A'];

  it.each(injections)('shows %s literally in the body and fields', (text) => {
    const input = draftInputFromCase('disassociation', { diagnosis: takeover, requester: { name: text, email: 'megan@contoso.com' }, tried: text });
    const draft = buildDraft('disassociation', input);
    expect(draft.body).toContain(`Contact name: ${text}`);
    expect(draft.body).toContain(`What I have tried: ${text}`);
    expect(draft.body.endsWith(`Thank you,\n${text}`)).toBe(true);
    expect(fieldValues(draft.fields).contactName).toBe(text);
  });

  it('keeps an e-mail draft literal too, and its mailto decodes to the same text', () => {
    const error = injections.join(' | ');
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan, method: 'per-user', error }));
    expect(draft.body).toContain(`Error seen: ${error}`);
    const body = new URL(draft.mailto as string).search.split('&body=')[1];
    expect(decodeURIComponent(body)).toBe(draft.body.replace(/\n/g, '\r\n'));
  });

  it('folds one-line fields onto one line and keeps multi-line ones', () => {
    const input = draftInputFromCase('mfa-support', { diagnosis: ready, requester: { name: 'Alex\nTenant ID: forged', email: 'alex@contoso.com' }, method: 'per-user', error: 'line one\r\nline two' });
    const draft = buildDraft('mfa-support', input);
    expect(draft.body).toContain('Contact name: Alex Tenant ID: forged');
    expect(draft.body).toContain('Error seen: line one\nline two');
  });
});

describe('no case leaks into another', () => {
  it('builds the same draft for the same input, whatever was built in between', () => {
    const first = draftInputFromCase('disassociation', { diagnosis: takeover, requester: megan, tried: 'first case' });
    const second = draftInputFromCase('disassociation', { diagnosis: personal, requester: sam, newAccount: 'sam@fabrikamxyz.onmicrosoft.com', region: 'north-america' });
    const a1 = buildDraft('disassociation', first);
    const b = buildDraft('disassociation', second);
    const a2 = buildDraft('disassociation', first);
    expect(a2).toEqual(a1);
    const bText = JSON.stringify(b);
    for (const detail of ['Megan', 'fourthcoffee', UNMANAGED_TENANT, 'first case']) expect(bText).not.toContain(detail);
    const aText = JSON.stringify(a2);
    for (const detail of ['Sam', 'outlook.com', 'fabrikamxyz', 'MAK ADD web form (for Canada']) expect(aText).not.toContain(detail);
  });

  it('does not change the input it was given and ignores properties that are not fields', () => {
    const input = { ...draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan, method: 'per-user', error: '  Bearer abc.def  ' }), sessionToken: 'leak-me' };
    const copy = structuredClone(input);
    const draft = buildDraft('mfa-support', input);
    expect(input).toEqual(copy);
    expect(JSON.stringify(draft)).not.toContain('leak-me');
  });
});

describe('secrets never reach a draft', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL2dyYXBoIn0.c2lnbmF0dXJlLXBhcnQ';
  const hex = 'a3f5c9e1b7d24f6a8c0e2b4d6f8a1c3e5b7d9f0a';
  const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MA==';
  const azureSecret = 'Xy58Q~AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
  const cases: Array<[string, string, string]> = [
    ['a JWT', `token was ${jwt} then failed`, jwt],
    ['a bearer token', 'Authorization: Bearer abc123.def456-ghi', 'abc123.def456-ghi'],
    ['a long hex run', `key ${hex}`, hex],
    ['a long base64 run', `blob ${base64}`, base64],
    ['a client secret', 'client_secret=s3cr3t-Value&grant_type=client_credentials', 's3cr3t-Value'],
    ['an Azure client secret', `secret ${azureSecret}`, 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
    ['a password', 'Password: Hunter2!', 'Hunter2!'],
    ['a quoted password', 'password="correct horse battery"', 'correct horse battery'],
    ['a password sentence', 'my password is Tr0ub4dor&3', 'Tr0ub4dor&3'],
  ];

  it.each(cases)('removes %s from the error text, the subject and the mailto', (_what, text, secret) => {
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan, method: 'per-user', error: text }));
    expect(draft.body).toContain('[removed]');
    expect(draft.body).not.toContain(secret);
    expect(decodeURIComponent(draft.mailto as string)).not.toContain(secret);
    expect(JSON.stringify(draft.fields)).not.toContain(secret);
  });

  it('removes secrets from what the person tried and from their name', () => {
    const draft = buildDraft(
      'disassociation',
      draftInputFromCase('disassociation', { diagnosis: takeover, requester: { name: `Megan ${jwt}`, email: 'megan@contoso.com' }, tried: `pasted ${hex}` }),
    );
    expect(draft.body).not.toContain(jwt.slice(0, 20));
    expect(draft.body).not.toContain(hex);
    expect(draft.body).toContain('What I have tried: pasted [removed]');
  });

  it('keeps what support needs: GUIDs (tenant, trace and correlation ids), error codes, addresses', () => {
    const error = 'AADSTS50076 Trace ID: 0f1e2d3c-4b5a-4697-8877-665544332211 Correlation ID: aabbccdd-eeff-4011-8233-445566778899';
    const draft = buildDraft('mfa-support', draftInputFromCase('mfa-support', { diagnosis: ready, requester: megan, method: 'per-user', error }));
    expect(draft.body).toContain(`Error seen: ${error}`);
    expect(draft.body).toContain(`Tenant ID: ${CONTOSO_TENANT}`);
    expect(draft.body).not.toContain('[removed]');
  });
});

describe('invisible characters', () => {
  it('drops control characters and bidirectional overrides from the draft, keeping line breaks', () => {
    const draft = buildDraft('mfa-support', {
      tenantId: '11111111-1111-4111-8111-111111111111',
      domain: 'contoso.com',
      tenantType: '',
      relationship: '',
      method: 'per-user',
      error: 'AADSTS\u0000500\u202Egnp.exe\nsecond line',
      globalAdmin: '',
      contactName: 'Alex\u001b[31m',
      contactEmail: 'alex@contoso.com',
    });
    expect(draft.body).toContain('AADSTS500gnp.exe\nsecond line');
    expect(draft.body).toContain('Alex[31m');
    expect(draft.body).not.toMatch(/[\u0000\u001b\u202e]/);
  });
});

describe('the domain side of drafts', () => {
  it('gives codes and facts, which the catalog words', () => {
    const empty = { contactName: '', contactEmail: 'a b@c.com', vlscAddress: 'megan@fourthcoffee.xyz', remainingLogins: '3', progress: 'mars', reason: '', expectedCompletion: '' };
    expect(validate('extra-logins', empty)).toEqual({
      contactName: { code: 'missing' },
      contactEmail: { code: 'address', problem: 'spaces' },
      remainingLogins: { code: 'logins-left', count: '3' },
      progress: { code: 'choice' },
    });
    expect(refusalOf('extra-logins', ready)).toEqual({ kind: 'extra-logins', verdict: 'ready', address: 'alex@contoso.com', organisation: 'contoso.com', confirmed: true });
    expect(refusalOf('extra-logins', takeover)).toBeNull();
  });
});
