import type { CatalogWords } from '../catalog';

/** The manual path in the Entra admin center, quoted from the partner guidance on mandatory MFA. */
export const manual: CatalogWords['manual'] = {
  findAdmin: {
    steps: [
      'Acesse https://entra.microsoft.com',
      'Navegue até Entra ID > Funções e administradores (Roles and administrators)',
      'Pesquise Administrador Global (Global Administrator)',
      'Você verá uma lista dos usuários atribuídos a essa função no seu locatário.',
    ],
    otherwise: 'Se você não tem acesso ao portal do Entra, entre em contato com o departamento de TI, a equipe de operações de segurança ou o suporte técnico interno.',
  },
  /** Step 2 of the guidance: the Conditional Access policy, numbered as Microsoft numbers it. */
  conditionalAccess: [
    'Entre no Centro de administração do Microsoft Entra (https://entra.microsoft.com) como Administrador Global (ou Administrador de Acesso Condicional).',
    'Navegue até Entra ID > Acesso Condicional > Visão geral (Conditional Access > Overview) e selecione + Criar nova política (+ Create new policy).',
    'Insira um nome para a política, por exemplo "MFA para o Volume Licensing Central".',
    'Em Atribuições (Assignments), selecione o valor atual em Usuários (Users).',
    'Em Incluir (Include), escolha Todos os usuários (All users) (isso abrange os usuários internos e os convidados B2B).',
    'Em Atribuições (Assignments), selecione o valor atual em Recursos de destino (Target resources) e verifique se Recursos (anteriormente aplicativos de nuvem) (Resources (formerly cloud apps)) está selecionado.',
    'Em Incluir (Include), escolha Selecionar aplicativos (Select apps).',
    'Em Incluir (Include), escolha Selecionar recursos (Select resources) e depois selecione Nenhum (None) em Selecionar (Select).',
    'Em Selecionar recursos (Select resources), escolha Portais de Administração da Microsoft (Microsoft Admin Portals) e depois Selecionar (Select) (isso exige a MFA em todos os portais de administração da Microsoft, incluindo o Centro de administração do Microsoft 365, o Centro de administração do Exchange, o portal do Azure e o Centro de administração do Microsoft Entra).',
    'Deixe as Condições (Conditions) com os valores padrão, a menos que precise de uma exclusão (por exemplo, IPs confiáveis ou dispositivos em conformidade).',
    "Em Controles de acesso > Conceder (Access controls > Grant), escolha Exigir autenticação multifator (Require multifactor authentication), sem nenhum controle conflitante como 'Bloquear acesso' ('Block access').",
    'Defina Habilitar política (Enable policy) como Ativado (On) e selecione Criar (Create).',
  ],
  securityDefaults: [
    'No Centro de administração do Microsoft Entra, acesse Entra ID > Visão geral > Propriedades (Overview > Properties).',
    'Selecione Gerenciar padrões de segurança (Manage security defaults) e ative os padrões de segurança (Security defaults) (eles se aplicam a todas as entradas em todos os aplicativos, não só ao Volume Licensing Central).',
  ],
  perUserMfa: [
    'No Centro de administração do Microsoft Entra, abra Usuários > Autenticação multifator (Users > Multi-Factor Authentication) (ou, no Centro de administração do Microsoft 365, Usuários ativos > MFA; Active Users > MFA).',
    'Verifique se cada conta que usa o Volume Licensing Central, incluindo os convidados, está como Habilitado (Enabled) ou Imposto (Enforced) para a MFA.',
  ],
  registration: (setupUrl: string) => [
    `Acesse ${setupUrl} e adicione pelo menos um método de verificação habilitado para o seu locatário (o aplicativo Microsoft Authenticator costuma ser o mais fácil).`,
    'Adicione um método de backup (por exemplo, um segundo telefone ou um token de hardware) caso você perca o acesso ao primeiro.',
  ],
};
