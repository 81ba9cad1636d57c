import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'L’adresse est vide.',
    'too-long': `L’adresse dépasse ${ADDRESS_LIMITS.address} caractères.`,
    'control-characters': 'L’adresse contient des caractères de contrôle.',
    'invisible-characters':
      'L’adresse contient des caractères de mise en forme invisibles (espaces de largeur nulle, traits d’union conditionnels ou marques de sens du texte), qui peuvent déguiser une adresse.',
    spaces: 'L’adresse contient des espaces.',
    'look-alike-at': 'Le @ de l’adresse est un caractère qui lui ressemble (un @ pleine chasse ou en petit format) : tapez un @ ordinaire.',
    'no-at': 'L’adresse n’a pas de @.',
    'several-at': 'L’adresse a plus d’un @.',
    'nothing-before-at': 'Il n’y a rien avant le @.',
    'local-too-long': `La partie avant le @ dépasse ${ADDRESS_LIMITS.local} caractères.`,
    'local-dots': 'La partie avant le @ commence ou se termine par un point, ou contient deux points à la suite.',
    'local-character': 'La partie avant le @ contient un caractère impossible dans une adresse e-mail.',
    'nothing-after-at': 'Il n’y a rien après le @.',
    'domain-ends-with-dot': 'Le domaine se termine par un point.',
    'invalid-domain': 'Le domaine n’est pas un nom de domaine valide.',
    'domain-too-long': `Le domaine dépasse ${ADDRESS_LIMITS.domain} caractères.`,
    'domain-without-dot': 'Le domaine doit contenir au moins un point, comme dans contoso.com.',
    'domain-is-ip': 'Le domaine est une adresse IP, pas un nom de domaine.',
    'too-long-encoded': `L’adresse dépasse ${ADDRESS_LIMITS.address} caractères une fois le domaine encodé.`,
  },
};
