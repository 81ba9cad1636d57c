import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId) =>
    `Lo siento, algo falló por mi parte y no pude terminar eso. Vuelve a intentarlo en un momento. Si sigue pasando, da esta referencia a tu soporte técnico: ${correlationId}`,
  refusedTenant: 'Este asistente no está habilitado para tu organización. Ponte en contacto con tu departamento de TI.',
  unknownAction: 'Ese botón ya no hace nada. Escribe "ayuda" para ver lo que puedo hacer.',
  didNotUnderstand: 'No entendí eso. Escribe "ayuda" para ver lo que puedo hacer.',
  trimmed: (shown) => `(acortado a los primeros ${shown} caracteres)`,
};
