import { LINKS } from '../links';
import { DraftChannel, DraftKind } from './types';

/**
 * Where each draft goes, from the two seed documents ("Migration to Work or School Accounts
 * for VLSC Access", Option 2 and Skip; "Mandatory MFA for Volume Licensing Central"): the
 * VLSC Support requests through its web form, the MFA request by e-mail to MFA support. Their
 * words are the catalog's (drafts.documents).
 */
export interface Destination {
  channel: DraftChannel;
  /** The e-mail recipient; null for web forms. */
  to: string | null;
  /** The page a web-form draft is sent through; null for e-mail. */
  link: string | null;
}

export const DESTINATIONS: { [K in DraftKind]: Destination } = {
  disassociation: { channel: 'web-form', to: null, link: LINKS.vlscSupportContact },
  'extra-logins': { channel: 'web-form', to: null, link: LINKS.vlscSupportContact },
  'mfa-support': { channel: 'email', to: LINKS.mfaSupportEmail, link: null },
};
