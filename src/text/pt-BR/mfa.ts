import type { CatalogWords } from '../catalog';

/** The MFA card: what the person and their admin do for mandatory MFA. */
export const mfa: CatalogWords['mfa'] = {
  title: 'MFA para o Volume Licensing Central',
  summary:
    'Todas as pessoas que entram no Volume Licensing Central precisam usar a autenticação multifator (MFA): ela é obrigatória desde 5 de janeiro de 2026. Se você ainda não a configurou, a entrada pede que você se registre primeiro, e não é possível ignorar isso.',
  user: {
    heading: 'O que você faz',
    short: 'O que você faz: registre-se em https://aka.ms/mfasetup com pelo menos um método de verificação e adicione um método de backup.',
    steps: [
      'Acesse a página de configuração da MFA, https://aka.ms/mfasetup, e adicione pelo menos um método de verificação permitido pela sua organização. O aplicativo Microsoft Authenticator no seu telefone costuma ser o mais fácil.',
      'Adicione um método de backup (um segundo telefone ou um token de hardware, se você tiver um) caso perca o acesso ao primeiro.',
      'Se você entrar antes de se registrar, o Microsoft Entra ID pede que você se registre primeiro: selecione Avançar (Next), escolha um método de verificação na lista, conclua o registro e depois conclua a verificação da MFA com ele. O aviso aparece toda vez até você concluir.',
    ],
  },
  help: 'Quem pode ajudar: seu Administrador Global ou um administrador que gerencia as configurações de segurança. “Quem é meu administrador?” mostra quem são.',
  /** The live check found MFA required for everyone, with nothing left to do. */
  ready: {
    title: 'Sua organização exige a MFA',
    summary: (enforcedBy) => `Verificado agora: ${enforcedBy}.`,
    userDone:
      'Entre no Volume Licensing Central e responda ao aviso da MFA. Mantenha mais de um método registrado, caso perca o acesso a um deles.',
    addBackup:
      'Entre no Volume Licensing Central e responda ao aviso da MFA. Adicione um método de backup em https://aka.ms/mfasetup (um segundo telefone ou um token de hardware) caso perca o acesso ao primeiro.',
    registerFirst: 'O que você faz primeiro',
    detailsButton: 'O que foi verificado',
  },
  notReady: {
    summary:
      'Verificado agora: sua organização ainda não exige a MFA para todos, e o Volume Licensing Central a exige desde 5 de janeiro de 2026. Seu Administrador Global precisa concluir isto:',
  },
  admin: {
    button: 'O que seu administrador faz',
    allButton: 'Etapas para você e seu admin',
    heading: 'O que seu Administrador Global faz',
    whoCan: (whoCanEnforce) =>
      `Quem pode fazer isso: ${whoCanEnforce}. Um Administrador de Política de Autenticação (Authentication Policy Administrator) escolhe quais métodos de verificação os usuários podem registrar. “Quem é meu administrador?” lista as pessoas nessas funções.`,
    intro: 'Exija a MFA para todos os usuários com uma política de Acesso Condicional (Conditional Access), a opção recomendada:',
    steps: [
      'Entre no Centro de administração do Microsoft Entra, https://entra.microsoft.com, como Administrador Global (ou Administrador de Acesso Condicional).',
      'Acesse Entra ID > Acesso Condicional > Visão geral (Conditional Access > Overview) e selecione + Criar nova política (+ Create new policy).',
      'Dê um nome a ela, por exemplo "MFA para o Volume Licensing Central".',
      'Em Atribuições > Usuários > Incluir (Assignments > Users > Include), escolha Todos os usuários (All users): isso abrange os usuários internos e os convidados B2B.',
      'Em Recursos de destino (Target resources), mantenha "Recursos (anteriormente aplicativos de nuvem)" (Resources (formerly cloud apps)), escolha Selecionar recursos (Select resources) e selecione Portais de Administração da Microsoft (Microsoft Admin Portals). Isso também exige a MFA nos outros portais de administração da Microsoft (Centro de administração do Microsoft 365, Centro de administração do Exchange, portal do Azure, Centro de administração do Entra e outros).',
      'Deixe as Condições (Conditions) com os valores padrão, a menos que precise de uma exclusão específica.',
      'Em Controles de acesso > Conceder (Access controls > Grant), escolha Exigir autenticação multifator (Require multifactor authentication), sem nenhum controle conflitante como Bloquear acesso (Block access).',
      'Defina Habilitar política (Enable policy) como Ativado (On) e selecione Criar (Create).',
    ],
    fallbackHeading: 'Se o Acesso Condicional não estiver disponível',
    fallbacks: [
      'Padrões de segurança (Security Defaults) (Entra ID > Visão geral > Propriedades > Gerenciar padrões de segurança; Overview > Properties > Manage Security Defaults), para locatários sem Acesso Condicional: o Acesso Condicional precisa de uma licença do Microsoft Entra ID P1, os padrões de segurança não precisam de nenhuma. Com os padrões de segurança, todos os usuários precisam se registrar na MFA, e a Microsoft decide quando pedi-la a um usuário (para certas funções de administrador, como Administrador Global, de Segurança e de Acesso Condicional, a cada entrada). Eles se aplicam a todas as entradas em todos os aplicativos, não só ao Volume Licensing Central. Se os padrões de segurança já estiverem ativados, talvez você não precise de uma política separada.',
      'MFA por usuário (herdada): no Centro de administração do Entra, em Usuários > Autenticação multifator (Users > Multi-Factor Authentication), ou no Centro de administração do Microsoft 365, em Usuários ativos > MFA (Active Users > MFA), defina como Habilitado (Enabled) ou Imposto (Enforced) cada conta que usa o Volume Licensing Central, incluindo os convidados: só as contas que você habilitar ficam cobertas. Um usuário habilitado precisa se registrar na próxima entrada em um navegador, então avise com antecedência.',
    ],
    methodsHeading: 'Métodos de verificação, MFA de terceiros e entrada federada',
    methods: [
      'Quais métodos de verificação os usuários podem registrar: Página Inicial > Métodos de autenticação > Políticas (Home > Authentication methods > Policies) no portal do Entra.',
      'A MFA de terceiros pode ser integrada diretamente ao Microsoft Entra ID, como método de autenticação externo.',
      'Entrada federada (AD FS, Okta…): o provedor de identidade precisa enviar a declaração multipleauthn ao Microsoft Entra ID, e o Entra ID só a aceita quando a configuração de MFA federada do domínio (federatedIdpMfaBehavior) aceita a MFA feita pelo provedor de identidade.',
    ],
    guestsHeading: 'Convidados de organizações parceiras',
    guests:
      'Coordene com seus parceiros para que os usuários deles conheçam o requisito; talvez eles precisem habilitar a MFA no locatário de origem, que atende o aviso de MFA deles na maioria dos casos (orientação da Microsoft para parceiros). A MFA feita no locatário de origem só conta no seu quando as configurações de confiança de entrada do acesso entre locatários (cross-tenant access inbound trust settings) confiam na MFA dele (Microsoft Learn); sem essa confiança (o padrão), os convidados se registram e fazem a MFA no seu locatário.',
  },
  /** Who can enforce MFA tenant-wide, in the roles "Who is my admin?" lists (seed: "or an equivalent admin role"; Learn: the least roles). */
  whoCanEnforce:
    'um Administrador Global, ou um administrador cuja função possa gerenciar essas configurações de segurança: no mínimo um Administrador de Acesso Condicional ou Administrador de Segurança para uma política de Acesso Condicional, no mínimo um Administrador de Segurança para os padrões de segurança, um Administrador de Autenticação ou Administrador de Política de Autenticação para a MFA por usuário',
  federated: {
    heading: 'MFA quando sua organização entra por meio do próprio provedor de identidade',
    text: (domain) =>
      `${domain} entra por meio do seu próprio provedor de identidade (um domínio federado). Para que a MFA feita lá conte, o provedor de identidade precisa enviar a declaração multipleauthn ao Microsoft Entra ID, e o Entra ID só aceita essa declaração quando a configuração de MFA federada do domínio (federatedIdpMfaBehavior) aceita a MFA feita pelo provedor de identidade (acceptIfMfaDoneByFederatedIdp ou enforceMfaByFederatedIdp). Com rejectMfaByFederatedIdp, o Entra ID sempre faz a MFA ele mesmo.`,
  },
  unmanaged: {
    heading: 'Primeiro, o locatário precisa de um administrador',
    text: (domain) =>
      `${domain} é um locatário não gerenciado (“viral”): ele não tem administrador, então ninguém pode ativar a MFA nele ainda. Primeiro, alguém da sua organização assume o controle do locatário (opção 1); depois, como Administrador Global, essa pessoa pode exigir a MFA.`,
    help: 'Quem pode ajudar: quem assumir o controle do locatário, pois essa pessoa se torna a administradora dele: alguém da sua organização (uma aquisição interna) ou um Administrador Global de um locatário gerenciado, como aquele com o qual você usa o Teams (uma aquisição externa; “Quem é meu administrador?” mostra quem são). A opção 1 da verificação do seu endereço tem as etapas da aquisição.',
  },
  support: 'Problemas para habilitar a MFA na sua organização? Escreva para MFAVLCsupport@microsoft.com.',
};
