import type { CatalogWords } from '../catalog';

const EXTERNAL_TAKEOVER =
  'Se a organização com a qual você usa o Teams for a dona deste domínio, os Administradores Globais dela podem assumir o controle do locatário (uma aquisição externa: eles provam a propriedade do domínio com o mesmo registro TXT de DNS), a menos que ele tenha planos de serviço que incluam SharePoint, OneDrive ou Skype for Business.';

/** "Who is my admin?": the people found, or how to find them by hand. */
export const admins: CatalogWords['admins'] = {
  foundTitle: 'Seus administradores',
  foundSummary: (count) =>
    `${count} ${count === 1 ? 'pessoa' : 'pessoas'} da sua organização ${count === 1 ? 'pode' : 'podem'} ajudar: primeiro os Administradores Globais, depois os administradores que podem ativar a MFA.`,
  none: 'Não encontrei nenhuma pessoa habilitada nessas funções. Pergunte ao departamento de TI, à equipe de operações de segurança ou ao suporte técnico interno.',
  eligible: 'qualificado, precisa ativar a função primeiro',
  more: (n) => `mais ${n}`,
  active: 'ativo',
  chat: (name) => `Conversar com ${name}`,
  chatMessage: 'Olá, preciso de ajuda com nosso login do Licenciamento por Volume (conta corporativa do VLSC / MFA do Volume Licensing Central).',
  gaps: 'Não foi possível ler parte da lista:',
  manualTitle: 'Como encontrar seu Administrador Global',
  manualSummary: 'Não consigo ler o diretório da sua organização, mas você pode procurar no Centro de administração do Microsoft Entra:',
  otherTenant: 'Este assistente só consegue ler o diretório da organização que o instalou, então procure você mesmo:',
  permissionTitle: 'Ainda não tenho permissão para ler a lista de administradores',
  permission: 'Um administrador ainda precisa permitir que este assistente leia a lista de administradores. Até lá, procure você mesmo:',
  permissionDetail: (permission) => `O aplicativo do assistente precisa da permissão de aplicativo ${permission} do Microsoft Graph, concedida por um administrador.`,
  consent: 'Dar consentimento do administrador',
  failedTitle: 'Não consegui ler a lista de administradores',
  failed: 'Não consegui acessar a Microsoft agora para ler a lista de administradores. Tente de novo em um minuto ou, enquanto isso, procure você mesmo:',
  failedDetail: (message) => `O Microsoft Graph não respondeu corretamente (${message}).`,
  unmanagedTitle: 'O locatário da sua conta do VLSC não tem administrador',
  unmanaged: (domain) =>
    `${domain} é um locatário não gerenciado (“viral”): ele não tem nenhum Administrador Global. Alguém da sua organização se torna administrador assumindo o controle do locatário (opção 1), ou você muda para uma nova conta corporativa (opção 2).`,
  /** Said on its own when there is no domain to name. */
  unmanagedDetail:
    'Este é um locatário não gerenciado (criado por inscrição de autoatendimento): ninguém o administra ainda, então não há nenhum Administrador Global a quem perguntar. Em vez disso, assuma o controle do locatário como administrador.',
  button: 'Quem é meu administrador?',
  /** After an unmanaged verdict: the person's own Teams tenant is managed, and its admins can do an external takeover. */
  ownTenant: {
    found: EXTERNAL_TAKEOVER,
    ask: `${EXTERNAL_TAKEOVER} Pergunte ao seu administrador ou ao suporte técnico.`,
  },
};
