import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'L’indirizzo è vuoto.',
    'too-long': `L’indirizzo supera i ${ADDRESS_LIMITS.address} caratteri.`,
    'control-characters': 'L’indirizzo contiene caratteri di controllo.',
    'invisible-characters':
      'L’indirizzo contiene caratteri di formattazione invisibili (spazi a larghezza zero, trattini facoltativi o segni di direzione del testo), che possono mascherare un indirizzo.',
    spaces: 'L’indirizzo contiene spazi.',
    'look-alike-at': 'La @ dell’indirizzo è un carattere simile (una @ a larghezza piena o piccola): digita una @ normale.',
    'no-at': 'L’indirizzo non contiene la @.',
    'several-at': 'L’indirizzo contiene più di una @.',
    'nothing-before-at': 'Non c’è niente prima della @.',
    'local-too-long': `La parte prima della @ supera i ${ADDRESS_LIMITS.local} caratteri.`,
    'local-dots': 'La parte prima della @ ha un punto all’inizio o alla fine, oppure due punti di fila.',
    'local-character': 'La parte prima della @ contiene un carattere che un indirizzo e-mail non può avere.',
    'nothing-after-at': 'Non c’è niente dopo la @.',
    'domain-ends-with-dot': 'Il dominio termina con un punto.',
    'invalid-domain': 'Il dominio non è un nome di dominio valido.',
    'domain-too-long': `Il dominio supera i ${ADDRESS_LIMITS.domain} caratteri.`,
    'domain-without-dot': 'Il dominio deve contenere almeno un punto, come in contoso.com.',
    'domain-is-ip': 'Il dominio è un indirizzo IP, non un nome di dominio.',
    'too-long-encoded': `L’indirizzo supera i ${ADDRESS_LIMITS.address} caratteri dopo la codifica del dominio.`,
  },
};
