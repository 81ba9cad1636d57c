import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'Die Adresse ist leer.',
    'too-long': `Die Adresse ist länger als ${ADDRESS_LIMITS.address} Zeichen.`,
    'control-characters': 'Die Adresse enthält Steuerzeichen.',
    'invisible-characters':
      'Die Adresse enthält unsichtbare Formatierungszeichen (Leerzeichen ohne Breite, weiche Trennstriche oder Textrichtungszeichen), mit denen sich eine Adresse tarnen lässt.',
    spaces: 'Die Adresse enthält Leerzeichen.',
    'look-alike-at': 'Das @ in der Adresse ist ein ähnlich aussehendes Zeichen (ein @ voller Breite oder ein kleines @): Geben Sie ein normales @ ein.',
    'no-at': 'Die Adresse hat kein @.',
    'several-at': 'Die Adresse hat mehr als ein @.',
    'nothing-before-at': 'Vor dem @ steht nichts.',
    'local-too-long': `Der Teil vor dem @ ist länger als ${ADDRESS_LIMITS.local} Zeichen.`,
    'local-dots': 'Der Teil vor dem @ hat am Anfang oder Ende einen Punkt oder zwei Punkte hintereinander.',
    'local-character': 'Der Teil vor dem @ enthält ein Zeichen, das eine E-Mail-Adresse nicht haben kann.',
    'nothing-after-at': 'Nach dem @ steht nichts.',
    'domain-ends-with-dot': 'Die Domäne endet mit einem Punkt.',
    'invalid-domain': 'Die Domäne ist kein gültiger Domänenname.',
    'domain-too-long': `Die Domäne ist länger als ${ADDRESS_LIMITS.domain} Zeichen.`,
    'domain-without-dot': 'Die Domäne braucht mindestens einen Punkt, wie in contoso.com.',
    'domain-is-ip': 'Die Domäne ist eine IP-Adresse, kein Domänenname.',
    'too-long-encoded': `Die Adresse ist länger als ${ADDRESS_LIMITS.address} Zeichen, sobald die Domäne codiert ist.`,
  },
};
