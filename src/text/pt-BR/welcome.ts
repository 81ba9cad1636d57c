import type { CatalogWords } from '../catalog';

/** The app's name, the welcome, the help card and the commands Teams lists. */
export const appName: CatalogWords['appName'] = 'VL Sign-in Assistant';

export const welcome: CatalogWords['welcome'] = {
  intro:
    'Eu ajudo você a entrar no Centro de Serviços de Licenciamento por Volume (VLSC) com a conta corporativa ou de estudante gerenciada que ele agora exige, e a se preparar para a autenticação multifator (MFA) que o Volume Licensing Central exige desde 5 de janeiro de 2026.',
  personalHint: 'Escolha um botão ou digite uma pergunta, por exemplo: "o que é um locatário viral?".',
  teamHint: 'Nesta equipe, posso publicar casos para o suporte técnico. Mencione-me com "ajuda" para ver o que posso fazer aqui.',
  groupChatHint:
    'Neste chat, respondo a perguntas sobre a entrada no VLSC e a MFA que o Volume Licensing Central exige. Para verificar sua própria conta, converse comigo em um chat individual.',
};

export const help: CatalogWords['help'] = {
  heading: 'O que posso fazer',
  teamHeading: 'O que posso fazer nesta equipe',
  groupChatHeading: 'O que posso fazer neste chat',
  footer: 'Digite "cancelar" ou "recomeçar" a qualquer momento para sair de uma conversa.',
};

export const commands: CatalogWords['commands'] = {
  help: { title: 'Ajuda', description: 'Mostrar o que posso fazer.' },
  cases: {
    title: 'Casos abertos',
    description: 'Listar os casos abertos (também, em inglês: unassigned, mine, case VL-XXXXXXXX, stats, export, repost).',
  },
  channel: {
    title: 'Usar este canal',
    description: 'Enviar os casos escalonados para cá (ou, em inglês: "use this channel for takeover cases").',
  },
  check: {
    title: 'Verificar meu login no VLSC',
    description: 'Descubra se a conta que você usa no VLSC é do tipo certo e o que fazer se não for.',
  },
  admins: {
    title: 'Quem é meu administrador?',
    description: 'Encontre seus Administradores Globais e os administradores que podem ativar a MFA.',
  },
  mfa: {
    title: 'A MFA está pronta?',
    description: 'O que você e seu administrador precisam para a MFA que o Volume Licensing Central exige.',
  },
};
