import { ADDRESS_LIMITS, type AddressProblem } from '../../domain/address';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address = {
  problems: {
    empty: 'The address is empty.',
    'too-long': `The address is longer than ${ADDRESS_LIMITS.address} characters.`,
    'control-characters': 'The address contains control characters.',
    'invisible-characters':
      'The address contains invisible formatting characters (zero-width spaces, soft hyphens or text-direction marks), which can disguise an address.',
    spaces: 'The address contains spaces.',
    'look-alike-at': 'The @ in the address is a look-alike character (a full-width or small @): type a plain @.',
    'no-at': 'The address has no @.',
    'several-at': 'The address has more than one @.',
    'nothing-before-at': 'There is nothing before the @.',
    'local-too-long': `The part before the @ is longer than ${ADDRESS_LIMITS.local} characters.`,
    'local-dots': 'The part before the @ has a dot at its start or end, or two dots in a row.',
    'local-character': 'The part before the @ contains a character an e-mail address cannot have.',
    'nothing-after-at': 'There is nothing after the @.',
    'domain-ends-with-dot': 'The domain ends with a dot.',
    'invalid-domain': 'The domain is not a valid domain name.',
    'domain-too-long': `The domain is longer than ${ADDRESS_LIMITS.domain} characters.`,
    'domain-without-dot': 'The domain needs at least one dot, as in contoso.com.',
    'domain-is-ip': 'The domain is an IP address, not a domain name.',
    'too-long-encoded': `The address is longer than ${ADDRESS_LIMITS.address} characters once the domain is encoded.`,
  } satisfies Record<AddressProblem, string>,
} as const;
