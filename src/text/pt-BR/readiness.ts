import type { CatalogWords } from '../catalog';

const EXCLUDED_KINDS = {
  user: ['usuário', 'usuários'],
  group: ['grupo', 'grupos'],
  role: ['função', 'funções'],
} as const;

/** The live MFA check: what the directory shows, point by point. */
export const readiness: CatalogWords['readiness'] = {
  heading: 'Sua organização, verificada agora',
  marks: { done: '✔', todo: '✘', warning: '!', unknown: '?' },
  adminMustDo: 'Ainda por fazer',
  /**
   * What keeps a Conditional Access policy from enforcing MFA. Each names the setting that fixes
   * it, not a step number: the card and the command line show differently numbered lists.
   */
  problems: {
    notAllUsers:
      'Ela se aplica apenas a usuários, grupos ou funções selecionados, não a Todos os usuários (Atribuições > Usuários > Incluir: Todos os usuários; Assignments > Users > Include: All users).',
    otherResources:
      'Ela se destina a outros recursos, não a Portais de Administração da Microsoft nem a Todos os recursos (Recursos de destino > Incluir > Selecionar recursos: Portais de Administração da Microsoft; Target resources > Include > Select resources: Microsoft Admin Portals).',
    blocks:
      "Ela também inclui 'Bloquear acesso' ('Block access'), que bloqueia a entrada em vez de pedir a MFA (Controles de acesso > Conceder: apenas Exigir autenticação multifator; Access controls > Grant: Require multifactor authentication).",
    withoutMfa: (controls: string) =>
      `Ela pode ser cumprida sem MFA: também aceita ${controls} (Controles de acesso > Conceder: apenas Exigir autenticação multifator; Access controls > Grant: Require multifactor authentication).`,
    excludes: (parts: string) => `Ela exclui ${parts}.`,
    excluded: (n: number, what: 'user' | 'group' | 'role') => `${n} ${EXCLUDED_KINDS[what][n === 1 ? 0 : 1]}`,
  },
  states: { reportOnly: 'somente relatório (report-only)', on: 'ativada', off: 'desativada' },
  conditionalAccess: {
    manualTitle: 'Acesso Condicional: verifique manualmente',
    manualDetail:
      'Verifique em Entra ID > Acesso Condicional > Políticas (Conditional Access > Policies) se uma política exige a MFA para Todos os usuários nos Portais de Administração da Microsoft (Microsoft Admin Portals) e está Ativada (On).',
    manualTask:
      'Verifique no Centro de administração do Entra se uma política de Acesso Condicional exige a MFA para Todos os usuários nos Portais de Administração da Microsoft (Microsoft Admin Portals) e está Ativada (On) (ou se os padrões de segurança estão ativados).',
    enforcedTitle: 'O Acesso Condicional exige a MFA nos portais de administração',
    enforcedBy: (policies: string) => `Imposta por ${policies}`,
    checkExclusions: 'Garanta que ninguém excluído entre no Volume Licensing Central.',
    alsoNote: (policies: string) => `Observe também: ${policies}`,
    removeBlock: (name: string) => `Remova 'Bloquear acesso' ('Block access') de "${name}" (Controles de acesso > Conceder) se ela só deve pedir a MFA.`,
    shortTitle: 'Acesso Condicional: existe uma política de MFA, mas ela não exige a MFA para todos',
    noneTitle: 'Acesso Condicional: nenhuma política exige a MFA',
    noneDetail:
      'Crie uma política de Acesso Condicional que exija a MFA para Todos os usuários nos Portais de Administração da Microsoft (Microsoft Admin Portals) (é a forma que a Microsoft recomenda).',
    createTask:
      'Crie uma política de Acesso Condicional "MFA para o Volume Licensing Central" que exija a autenticação multifator para Todos os usuários nos Portais de Administração da Microsoft (Microsoft Admin Portals) e defina-a como Ativado (On). Se o locatário não tiver Acesso Condicional (ele precisa de uma licença do Microsoft Entra ID P1), ative os padrões de segurança (Security Defaults), que não precisam de licença; a MFA por usuário é o último recurso.',
    reportOnlyToOn: (name: string) => `mude Habilitar política (Enable policy) de "${name}" de Somente relatório (Report-only) para Ativado (On).`,
    offToOn: (name: string) => `defina Habilitar política (Enable policy) de "${name}" como Ativado (On).`,
    fix: (name: string) => `Corrija "${name}":`,
    then: (task: string) => `Depois, ${task}`,
  },
  securityDefaults: {
    manualTitle: 'Padrões de segurança: verifique manualmente',
    manualDetail: (why: string) => `${why} Verifique em Entra ID > Visão geral > Propriedades (Overview > Properties).`,
    onTitle: 'Os padrões de segurança estão ativados',
    onDetail:
      'Todos os usuários precisam se registrar na MFA. A Microsoft decide quando pedi-la a um usuário na entrada; certas funções de administrador, como Administrador Global, de Segurança e de Acesso Condicional, precisam fazê-la a cada entrada. Eles se aplicam a todas as entradas em todos os aplicativos, incluindo o Volume Licensing Central, então talvez você não precise de uma política separada.',
    offTitle: 'Os padrões de segurança estão desativados',
    offExpected: 'Como esperado: os padrões de segurança não podem estar ativados enquanto políticas de Acesso Condicional estão em uso.',
    offDetail:
      'Se o seu locatário não tem Acesso Condicional (ele precisa de uma licença do Microsoft Entra ID P1), os padrões de segurança, que não precisam de licença, são a alternativa que cobre tudo: todos os usuários precisam se registrar na MFA e fazê-la quando a Microsoft decidir que é necessária (certas funções de administrador, como Administrador Global, de Segurança e de Acesso Condicional, a cada entrada), em todos os aplicativos.',
  },
  perUserMfa: {
    title: 'MFA por usuário (herdada): verifique manualmente',
    detail:
      'O Microsoft Graph v1.0 não mostra a MFA por usuário, então o bot não consegue vê-la. Se o seu locatário depende dela em vez do Acesso Condicional ou dos padrões de segurança, verifique cada conta que usa o Volume Licensing Central.',
  },
  registration: {
    manualTitle: (upn: string) => `Registro da MFA de ${upn}: verifique manualmente`,
    notFoundTitle: (upn: string) => `Registro da MFA de ${upn}: não encontrado`,
    notFoundDetail:
      'O locatário não tem dados de registro para este endereço: verifique o endereço. Um convidado de uma organização parceira pode registrar a MFA no locatário de origem, mas essa MFA só conta aqui quando as configurações de confiança de entrada do acesso entre locatários aceitam a MFA do locatário de origem dele; caso contrário, o convidado se registra e faz a MFA no seu locatário.',
    notRegisteredTitle: (upn: string) => `${upn} não se registrou na MFA`,
    notRegisteredDetail:
      'Registre-se antes de entrar no Volume Licensing Central; caso contrário, a entrada pede o registro primeiro e não é possível ignorá-lo.',
    oneMethodTitle: (upn: string) => `${upn} está registrado na MFA com um método`,
    oneMethodDetail: (methods: string) => `Com ${methods}, e ainda sem método de backup.`,
    doneTitle: (upn: string) => `${upn} está registrado na MFA`,
    doneDetail: (methods: string) => `Com ${methods}.`,
    unknownMethods: 'métodos que o diretório não nomeia',
    /**
     * Graph's methodsRegistered values (userRegistrationDetails, Microsoft Learn) in words.
     * A value not listed here reads as `otherMethod`, never as the raw id.
     */
    methodNames: {
      microsoftAuthenticatorPush: 'notificações do Microsoft Authenticator',
      microsoftAuthenticatorPasswordless: 'entrada sem senha do Microsoft Authenticator',
      softwareOneTimePasscode: 'códigos de um aplicativo autenticador',
      hardwareOneTimePasscode: 'um token de hardware',
      mobilePhone: 'um celular',
      alternateMobilePhone: 'um segundo celular',
      officePhone: 'um telefone comercial',
      email: 'um endereço de email',
      fido2SecurityKey: 'uma chave de segurança FIDO2',
      windowsHelloForBusiness: 'Windows Hello para Empresas',
      temporaryAccessPass: 'um Passe de Acesso Temporário (Temporary Access Pass)',
      passKeyDeviceBound: 'uma chave de acesso (passkey)',
      passKeyDeviceBoundAuthenticator: 'uma chave de acesso no Microsoft Authenticator',
      passKeyDeviceBoundWindowsHello: 'uma chave de acesso no Windows Hello',
      passKeySynced: 'uma chave de acesso sincronizada',
      macOsSecureEnclaveKey: 'uma chave do SSO de Plataforma do macOS',
      securityQuestion: 'perguntas de segurança',
      externalAuthMethod: 'um método de autenticação externo',
    } as Record<string, string>,
    otherMethod: 'outro método',
    otherMethods: (n: number) => `outros ${n} métodos`,
    methodList: (names: readonly string[]) => `${names.slice(0, -1).join(', ')} e ${names.at(-1)}`,
  },
  notConfigured: 'O bot não está conectado ao Microsoft Graph.',
  otherTenant: 'O aplicativo do bot não consegue ler este locatário.',
  list: (items: readonly string[]) => items.join(', '),
  policy: (name: string, state: string) => `"${name}" (${state})`,
  policies: (described: readonly string[]) => described.join('; '),
  sentences: (sentences: readonly string[]) => sentences.join(' '),
} as const;
