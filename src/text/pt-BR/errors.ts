import type { CatalogWords } from '../catalog';

/** When something goes wrong. */
export const errors: CatalogWords['errors'] = {
  apology: (correlationId) =>
    `Desculpe, algo deu errado do meu lado e não consegui terminar isso. Tente de novo daqui a pouco. Se continuar acontecendo, informe esta referência ao seu suporte técnico: ${correlationId}`,
  refusedTenant: 'Este assistente não está habilitado para sua organização. Entre em contato com o departamento de TI.',
  unknownAction: 'Esse botão não faz mais nada. Digite "ajuda" para ver o que posso fazer.',
  didNotUnderstand: 'Não entendi. Digite "ajuda" para ver o que posso fazer.',
  trimmed: (shown) => `(encurtado para os primeiros ${shown} caracteres)`,
};
