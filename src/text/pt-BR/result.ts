import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'A Microsoft responde às solicitações enviadas pelo formulário web em até 24 horas.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' A Microsoft também não soube dizer se uma conta pessoal da Microsoft usa o mesmo endereço: se a página de entrada perguntar qual conta usar, escolha “Conta corporativa ou de estudante” (Work or school account).';

const tenantKind = (federated: boolean) => (federated ? 'federado' : 'gerenciado');

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Detalhes',
  checkedAt: 'Verificado',
  address: 'Endereço',
  domain: 'Domínio',
  tenant: 'Locatário',
  domainType: 'Tipo de locatário',
  domainTypes: {
    managed: 'Gerenciado',
    federated: 'Federado (serviço de entrada próprio)',
    unmanaged: 'Não gerenciado (“viral”)',
    unknown: 'Nenhum locatário da Microsoft encontrado',
  },
  actions: {
    checkAnother: 'Verificar outro endereço',
    mfa: 'Verificar se a MFA está pronta',
    retry: 'Tentar de novo',
    useWork: 'Verificar minha conta corporativa',
    cannotTakeOver: 'Não consigo assumir o controle',
    signUp: 'Criar uma conta corporativa',
  },
  ready: {
    title: 'Esta conta está pronta para o VLSC',
    unconfirmedTitle: 'O tipo certo de conta, mas este endereço não está confirmado',
    summary: (address, tenant) =>
      `${address} é uma conta corporativa ou de estudante de ${tenant}, um locatário gerenciado do Microsoft Entra. Esse é o tipo de conta que o VLSC exige: continue entrando com ela.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address, domain, tenant) =>
      `${domain} pertence a ${tenant}, um locatário gerenciado do Microsoft Entra: o tipo que o VLSC exige. Neste momento, a Microsoft responde “existe” para qualquer endereço desse domínio, então não consigo confirmar que ${address} existe: entre com ele e, se a entrada for recusada, verifique a grafia ou pergunte ao departamento de TI.`,
    federated: (address, domain, tenant) =>
      `${domain} pertence a ${tenant}, que entra por meio do seu próprio provedor de identidade (um domínio federado): o tipo que o VLSC exige. A Microsoft responde “existe” para todos os endereços de um domínio federado, então não consigo confirmar que ${address} existe: entre com ele e, se a entrada for recusada, verifique a grafia ou pergunte ao departamento de TI.`,
    next: 'Próxima etapa: o Volume Licensing Central exige a autenticação multifator (MFA) desde 5 de janeiro de 2026. Verifique se você e sua organização estão prontos.',
    help: 'Tem dúvidas ou a entrada ainda falha? Pergunte ao seu administrador ou ao suporte técnico.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Este endereço exato não está confirmado',
    federated: (address, personalAccount) =>
      `Em um domínio federado, a Microsoft responde “existe” para todos os endereços, então não consigo confirmar que ${address} existe. Entre com ele; se a entrada for recusada, verifique a grafia ou pergunte ao departamento de TI.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address, domain, personalAccount) =>
      `Neste momento, a consulta da Microsoft responde “existe” para qualquer endereço de ${domain}, até para endereços inventados (sabe-se que ela faz isso quando está limitando as solicitações), então não consigo confirmar que ${address} existe. Entre com ele; se a entrada for recusada, verifique a grafia ou pergunte ao departamento de TI, ou verifique de novo em alguns minutos.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'Escolha “Conta corporativa ou de estudante” ao entrar',
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address, domain, tenant, federated, confirmed) =>
      confirmed
        ? `${address} existe duas vezes: como conta corporativa ou de estudante de ${tenant} (${tenantKind(federated)}) e como conta pessoal da Microsoft. Quando o VLSC ou a página de entrada da Microsoft perguntar qual usar, escolha “Conta corporativa ou de estudante” (Work or school account).`
        : `Uma conta pessoal da Microsoft usa ${address}, e os endereços de ${domain} são contas corporativas ou de estudante de ${tenant} (${tenantKind(federated)}); a Microsoft não conseguiu confirmar uma conta corporativa para este endereço exato. Quando o VLSC ou a página de entrada da Microsoft perguntar qual usar, escolha “Conta corporativa ou de estudante” (Work or school account).`,
    why: 'Uma conta pessoal da Microsoft só tem um número limitado de logins no VLSC; a conta corporativa é a que o VLSC exige.',
  },
  personal: {
    title: 'Esta é uma conta pessoal da Microsoft',
    help: 'Não sabe qual conta usar? Pergunte ao seu administrador ou ao suporte técnico.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain, tenant) =>
        `Sua organização já tem um locatário do Microsoft Entra, o diretório que o Microsoft 365 usa (${domain} pertence a ${tenant}): entre no VLSC com sua conta corporativa desse locatário ou peça uma aos administradores dele.`,
      admins: (names) => `Os administradores dele, que podem criar uma conta corporativa para você: ${names.join(', ')}.`,
      askAdmins: 'Os administradores dele podem criar uma conta corporativa para você: “Quem é meu administrador?” mostra quem são.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain) =>
        `O departamento de TI que administra ${domain} pode criar uma conta corporativa para você. Essa não é a organização com a qual você usa o Teams, então não consigo listar os administradores dela; seu próprio administrador ou suporte técnico pode ajudar você a contatá-los.`,
    },
    summary: (address) =>
      `${address} é uma conta pessoal da Microsoft. O VLSC ainda deixa as contas pessoais entrarem por um número limitado de logins, para que você tenha tempo de mudar para a conta corporativa ou de estudante que ele exige. Comece a usar uma o quanto antes.`,
    chosenSummary:
      'O VLSC ainda deixa as contas pessoais da Microsoft entrarem por um número limitado de logins, para que você tenha tempo de mudar para a conta corporativa ou de estudante que ele exige. Comece a usar uma o quanto antes.',
    haveWork: {
      heading: 'Você já tem uma conta corporativa',
      text: (upn) =>
        `Sua organização usa o Microsoft 365 (você usa o Teams com ela), então você já tem uma conta corporativa: ${upn}. Entre no VLSC com ela e escolha “Conta corporativa ou de estudante” (Work or school account). Se ela não deve ser usada para o VLSC, peça uma ao departamento de TI.`,
    },
    maybeWork: {
      heading: 'Se sua organização usa o Microsoft 365',
      text: 'Se sua empresa ou instituição de ensino usa o Microsoft 365 ou qualquer serviço online da Microsoft, você provavelmente já tem uma conta corporativa ou de estudante. Tente o ID de usuário e a senha que você usa para entrar no trabalho, ou pergunte ao departamento de TI.',
    },
    signUp: {
      button: 'Como se inscrever',
      heading: 'Caso contrário, inscreva-se para uma nova conta corporativa ou de estudante',
      steps: [
        'Acesse Inscrever-se (Sign Up) e crie uma nova conta corporativa ou de estudante. Você não precisa assinar nenhum serviço online; se quiser, pode adicionar serviços ao mesmo locatário mais tarde.',
        'Sua nova conta pode ter uma aparência como yourusername@yourcompany.onmicrosoft.com. Isso é normal.',
        'Se você tem seu próprio nome de domínio (como yourcompany.com), pode adicioná-lo mais tarde pelo console de administração.',
      ],
    },
  },
  takeover: {
    title: 'Sua conta do VLSC está em um locatário não gerenciado (“viral”)',
    summary: (address, domain, confirmed) =>
      `${confirmed ? `${address} pertence a ${domain}, um` : `Os endereços de ${domain} pertencem a um`} locatário do Microsoft Entra sem administrador (um locatário não gerenciado ou “viral”).${confirmed ? '' : ` Não consigo confirmar que ${address} existe: neste momento, a Microsoft responde “existe” para qualquer endereço desse domínio.`} O VLSC agora exige locatários gerenciados: assuma o controle do locatário provando que ${domain} é seu (opção 1) ou mude para uma nova conta corporativa (opção 2).`,
    next: 'Enquanto isso, o VLSC dá a você um número limitado de logins restantes: escolha Ignorar (Skip) no aviso dele enquanto se prepara.',
    help: 'Quem pode ajudar: seu administrador de TI ou de rede (quem administra seu domínio) pode fazer a aquisição. O suporte do VLSC não pode fazer alterações no seu locatário por você.',
    whatIs: {
      heading: 'O que é um locatário não gerenciado?',
      text: 'Um locatário sem administrador global. Ele surge quando as pessoas se inscrevem em um serviço de nuvem e uma identidade é criada automaticamente para elas a partir do domínio de email. O VLSC antes permitia essas contas, mas agora exige locatários gerenciados, para que o mesmo ID de usuário funcione em todos os sites para onde os recursos de licenciamento por volume estão migrando.',
    },
    option1: {
      button: 'Opção 1: assumir o controle',
      heading: 'Opção 1: assuma o controle do locatário e mantenha seu endereço',
      verify: (domain) =>
        `Você, ou o administrador de TI ou de rede da sua organização, verifica a propriedade de ${domain} confirmando um registro TXT de DNS no registrador do nome de domínio (como a GoDaddy).`,
      alternativesHeading: 'Depois, uma de duas alternativas',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Aquisição interna**: quem verifica o domínio se torna o Administrador Global do locatário. Nenhum usuário, domínio ou plano de serviço é migrado para outro diretório. (Tornar-se Administrador Global não significa ter que gerenciar licenças no VLSC.)',
        '- **Aquisição externa**: um Administrador Global de um locatário gerenciado existente adiciona o nome de domínio e mapeia os usuários para os recursos. Os usuários, as assinaturas e as atribuições de licença do locatário não gerenciado são transferidos com o domínio. A Microsoft dá suporte a ela para o Azure Rights Management e o Exchange Online, e para os planos de serviço Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream e avaliação gratuita do Dynamics 365; ela não tem suporte quando o locatário não gerenciado tem planos de serviço que incluem SharePoint, OneDrive ou Skype for Business (por exemplo, por meio de uma assinatura gratuita do Office).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant) =>
        `Você usa o Teams com um locatário gerenciado (${ownTenant}). Se ele for o da sua organização, a dona do domínio, os Administradores Globais dele podem fazer a aquisição externa (eles provam a propriedade do domínio com o mesmo registro TXT de DNS), desde que o locatário não gerenciado não tenha nenhum desses planos de serviço.`,
      afterwards: 'Quando o locatário tiver um administrador, continue entrando no VLSC com sua conta atual.',
      tip: 'Talvez você prefira pedir ao seu administrador de TI ou de rede (quem administra seu domínio) que faça a aquisição. Isso não significa que ele terá que administrar o VLSC ou comprar uma assinatura. O suporte do VLSC não pode fazer alterações no seu locatário por você.',
    },
    option2: {
      button: 'Opção 2: uma nova conta',
      heading: 'Opção 2: crie uma nova conta …onmicrosoft.com',
      intro: 'Boa opção se você só precisa da conta para o VLSC ou não consegue provar a propriedade do domínio agora. Você pode fazer isso sem precisar ligar para o suporte do VLSC, e cada etapa leva minutos, mas pode ser preciso esperar até 2 dias úteis para conseguir entrar com a nova conta.',
      steps: (address) => [
        `Envie uma solicitação pelo formulário web ao suporte do VLSC para desassociar sua conta atual do VLSC de ${address} e convidar você a se registrar de novo. (Para o Canadá e os EUA, use o formulário web N. America MAK ADD.) ${WEB_FORM_ANSWER}`,
        'NÃO entre no VLSC até que o suporte do VLSC confirme que a desassociação foi concluída.',
        'Acesse Inscrever-se (Sign Up) e crie uma nova conta corporativa ou de estudante (como user@yourcompany.onmicrosoft.com) tendo você como administrador. Nenhum registro TXT de DNS é necessário para esse tipo de domínio. Anote o ID de usuário.',
        'Depois que o suporte do VLSC confirmar, volte ao VLSC, escolha entrar com uma conta corporativa ou de estudante (Sign in with a Work or School Account) e informe a nova conta.',
      ],
      tip: 'Antes de implantar serviços online como o Office 365, sua organização deve assumir o controle desse novo locatário e vinculá-lo ao próprio domínio personalizado.',
    },
    skip: {
      button: 'Ainda não está pronto? Ignorar',
      heading: 'Ainda não está pronto? Ignorar (Skip)',
      text: (address) =>
        `Enquanto você ainda tiver logins restantes, escolha Ignorar (Skip) no aviso do VLSC e continue entrando com sua conta atual: útil enquanto você, ou alguém da sua organização, prepara a aquisição. Se você tiver zero logins restantes e precisar de mais tempo, peça ao suporte do VLSC que adicione sessões de login extras a ${address}. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'Não consegue assumir o controle do locatário? Conte o que impede você:',
  },
  blockers: {
    'no-admin': {
      button: 'Não encontro meu admin de TI',
      title: 'Você não consegue identificar seu administrador de TI',
      text: 'Em organizações grandes, normalmente é um número do suporte técnico; organizações menores podem terceirizar a TI para um fornecedor.',
    },
    'no-domain-proof': {
      button: 'Não consigo provar o domínio',
      title: 'Você não consegue provar a propriedade do domínio',
      text: 'Seus administradores de TI sabem disso ou têm acesso às informações, que vêm do seu provedor de serviços de internet ou do registrador do domínio.',
    },
    'restricted-domain': {
      button: 'Domínio restrito ou recuperado',
      title: 'Sua conta pertence a um domínio restrito ou recuperado',
      text: 'Essa configuração é definida pelo administrador da sua organização. Pode ser necessária uma conta corporativa separada do locatário da sua organização.',
    },
    steer: 'Nessa situação, crie um novo ID de usuário: abra a opção 2 abaixo.',
    help: 'Ainda com dificuldades? Pergunte ao seu administrador ou ao suporte técnico.',
  },
  noAccount: {
    title: 'Nenhuma conta da Microsoft encontrada para este endereço',
    summary: (address) =>
      `A Microsoft não conhece nenhuma conta corporativa ou de estudante nem nenhuma conta pessoal da Microsoft para ${address}. Pode ser um erro de digitação, ou ainda não há uma conta.`,
    tenantExists: (domain) =>
      `${domain} tem, sim, um locatário do Microsoft Entra, então verifique a grafia ou peça ao departamento de TI o seu nome de entrada.`,
    workSignIn:
      'Se sua empresa ou instituição de ensino usa o Microsoft 365 ou qualquer serviço online da Microsoft, você provavelmente já tem uma conta corporativa ou de estudante: tente o ID de usuário e a senha que você usa para entrar no trabalho.',
    signUp: 'Se você ainda não tem uma conta corporativa ou de estudante, pode criar uma em Inscrever-se (Sign Up), sem assinar nenhum serviço online.',
    help: 'Não sabe qual é o seu nome de entrada? Pergunte ao seu administrador ou ao suporte técnico.',
  },
  invalid: {
    title: 'Não consigo verificar esse endereço',
    next: 'Verifique a grafia e tente de novo.',
  },
  failed: {
    title: 'Não consegui terminar a verificação',
    summary:
      'Não consegui acessar o serviço de login da Microsoft agora, então não sei dizer que tipo de conta é esta. Tente de novo em um minuto.',
    help: 'Ainda falhando? Pergunte ao seu administrador ou ao suporte técnico: “Detalhes para a TI” tem o que eles precisam.',
    detailsButton: 'Detalhes para a TI',
    technical: (source, detail) => `O serviço de ${source} da Microsoft não respondeu corretamente (${detail}).`,
    manualHeading: 'Verifique você mesmo',
    manual:
      'Abra em um navegador a resposta do realm do usuário (user realm) abaixo. Se ela contiver "IsViral": true, a conta está em um locatário não gerenciado e precisa de uma aquisição.',
    realmLink: 'Abrir a resposta do user realm',
    sources: { 'user-realm': 'realm do usuário (user realm)', 'credential-type': 'consulta de contas', 'openid-configuration': 'configuração do locatário' },
  },
};
