import { ADDRESS_LIMITS } from '../../domain/address';
import type { CatalogWords } from '../catalog';

/** Why a typed address cannot be checked (domain/address.ts parseAddress). */
export const address: CatalogWords['address'] = {
  problems: {
    empty: 'La dirección está vacía.',
    'too-long': `La dirección tiene más de ${ADDRESS_LIMITS.address} caracteres.`,
    'control-characters': 'La dirección contiene caracteres de control.',
    'invisible-characters':
      'La dirección contiene caracteres de formato invisibles (espacios de ancho cero, guiones virtuales o marcas de dirección del texto), que pueden disfrazar una dirección.',
    spaces: 'La dirección contiene espacios.',
    'look-alike-at': 'La @ de la dirección es un carácter parecido (una @ de ancho completo o pequeña): escribe una @ normal.',
    'no-at': 'La dirección no tiene @.',
    'several-at': 'La dirección tiene más de una @.',
    'nothing-before-at': 'No hay nada antes de la @.',
    'local-too-long': `La parte anterior a la @ tiene más de ${ADDRESS_LIMITS.local} caracteres.`,
    'local-dots': 'La parte anterior a la @ tiene un punto al principio o al final, o dos puntos seguidos.',
    'local-character': 'La parte anterior a la @ contiene un carácter que una dirección de correo electrónico no puede tener.',
    'nothing-after-at': 'No hay nada después de la @.',
    'domain-ends-with-dot': 'El dominio termina en punto.',
    'invalid-domain': 'El dominio no es un nombre de dominio válido.',
    'domain-too-long': `El dominio tiene más de ${ADDRESS_LIMITS.domain} caracteres.`,
    'domain-without-dot': 'El dominio necesita al menos un punto, como en contoso.com.',
    'domain-is-ip': 'El dominio es una dirección IP, no un nombre de dominio.',
    'too-long-encoded': `La dirección tiene más de ${ADDRESS_LIMITS.address} caracteres una vez codificado el dominio.`,
  },
};
