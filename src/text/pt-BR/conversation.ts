import type { CatalogWords } from '../catalog';

/** Leaving a conversation, small talk, and a conversation whose state was lost. */
export const cancel: CatalogWords['cancel'] = {
  done: 'Certo, parei. Digite "ajuda" para ver o que posso fazer.',
  nothing: 'Não há nada para cancelar. Digite "ajuda" para ver o que posso fazer.',
  /** On a question card closed without an answer (cancel, start over, or another request). */
  closedCard: 'Esta verificação foi interrompida antes de uma conta ser escolhida. Digite "verificar minha conta" para começar uma nova.',
};

/** Short answers to thanks, ok, a thumbs-up or a goodbye. */
export const smallTalk: CatalogWords['smallTalk'] = {
  thanks: 'De nada! Digite "ajuda" sempre que precisar de mim de novo.',
  ok: '👍 Estou aqui se precisar de mais alguma coisa: digite "ajuda" para ver o que posso fazer.',
  bye: 'Até logo. Digite "ajuda" sempre que precisar de mim de novo.',
};

/** When a conversation's stored state cannot be used, or a turn's state cannot be saved. */
export const turnState: CatalogWords['turnState'] = {
  startedAfresh: 'Tive que recomeçar esta conversa do zero: não foi possível retomar o que estávamos fazendo.',
  notSaved: (correlationId) =>
    `Não consegui salvar isso, então nada mudou: tente de novo daqui a pouco. Se continuar acontecendo, informe esta referência ao seu suporte técnico: ${correlationId}`,
};
