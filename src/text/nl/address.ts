import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'Het adres is leeg.',
    'too-long': `Het adres is langer dan ${ADDRESS_LIMITS.address} tekens.`,
    'control-characters': 'Het adres bevat besturingstekens.',
    'invisible-characters':
      'Het adres bevat onzichtbare opmaaktekens (spaties zonder breedte, zachte afbreekstreepjes of tekens voor tekstrichting), waarmee een adres kan worden vermomd.',
    spaces: 'Het adres bevat spaties.',
    'look-alike-at': 'Het @ in het adres is een teken dat erop lijkt (een @ over de volle breedte of een klein @): typ een gewoon @.',
    'no-at': 'Het adres heeft geen @.',
    'several-at': 'Het adres heeft meer dan één @.',
    'nothing-before-at': 'Er staat niets vóór het @.',
    'local-too-long': `Het deel vóór het @ is langer dan ${ADDRESS_LIMITS.local} tekens.`,
    'local-dots': 'Het deel vóór het @ heeft een punt aan het begin of eind, of twee punten achter elkaar.',
    'local-character': 'Het deel vóór het @ bevat een teken dat een e-mailadres niet kan hebben.',
    'nothing-after-at': 'Er staat niets na het @.',
    'domain-ends-with-dot': 'Het domein eindigt op een punt.',
    'invalid-domain': 'Het domein is geen geldige domeinnaam.',
    'domain-too-long': `Het domein is langer dan ${ADDRESS_LIMITS.domain} tekens.`,
    'domain-without-dot': 'Het domein heeft minstens één punt nodig, zoals in contoso.com.',
    'domain-is-ip': 'Het domein is een IP-adres, geen domeinnaam.',
    'too-long-encoded': `Het adres is langer dan ${ADDRESS_LIMITS.address} tekens zodra het domein is gecodeerd.`,
  },
};
