import type { CatalogWords } from '../catalog';
import { countedIn } from '../grammar';
import { WEB_FORM_ANSWER } from './result';

const counted = countedIn('pt-BR');

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Nome do contato', missing: 'Insira seu nome.' },
  contactEmail: {
    label: 'Email de contato (onde o suporte do VLSC responde)',
    missing: 'Insira o endereço de email em que o suporte do VLSC deve responder.',
  },
  vlscAddress: {
    label: 'Endereço de email usado para entrar no VLSC',
    missing: 'Insira o endereço de email com o qual você entra no VLSC.',
  },
};

/** The words that point to a next step, for the chat or the command line (TEXT.drafts.nextStep). */
type DraftNextStep = CatalogWords['drafts']['nextStep']['chat'];

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Redigir pedido de desassociação',
    'extra-logins': 'Pedir mais logins ao VLSC',
    'mfa-support': 'Redigir email ao suporte de MFA',
  },
  textHeading: 'Texto para colar',
  emailHeading: 'Email para enviar',
  subject: 'Assunto',
  editHeading: 'Editar os detalhes',
  update: 'Atualizar o rascunho',
  review: 'Enviar ao suporte para revisão',
  openEmail: 'Abrir no email',
  openWebForm: 'Abrir contato do suporte do VLSC',
  truncated:
    'O link de email contém um texto encurtado (os programas de email recusam links mais longos): cole no email o texto completo acima.',
  updated: 'Rascunho atualizado: pronto para enviar.',
  fixErrors: 'Alguns detalhes precisam de atenção (veja abaixo).',
  checkFirst: 'Primeiro vou verificar sua conta, para poder preencher os detalhes.',
  required: 'Este campo é obrigatório.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[preencha, por favor]',
  shortened: '[Encurtado para caber em um link de email: cole em vez disso o texto completo do cartão.]',
  detail: (label: string, value: string) => `${label}: ${value}`,
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `Este não é um endereço de email válido: ${reason}`,
    domain: 'Este não é um nome de domínio válido, como contoso.com.',
    tenantId: 'Uma ID de locatário é um GUID, como 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Insira um número inteiro, como 0.',
    choice: (titles: string) => `Escolha uma destas opções: ${titles}.`,
    tooLong: (max: number) => `Isto tem mais de ${max} caracteres; encurte, por favor.`,
    sameAccount: 'A nova conta precisa ser um endereço diferente daquele que o suporte do VLSC desassocia.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `Você ainda tem ${counted(count, 'login restante', 'logins restantes')}: o pedido de sessões de login extras é para quando o VLSC mostra 0 logins restantes e você precisa de mais tempo. Até lá, escolha Ignorar (Skip) no aviso do VLSC e entre com sua conta atual.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[deixado em branco]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Domínio', missing: 'Insira o domínio desse endereço, como contoso.com.' },
      tenantId: { label: 'ID do locatário' },
      verdictFound: { label: 'O que a verificação de login encontrou' },
      request: { label: 'Pedido', missing: 'Diga o que você pede ao suporte do VLSC.' },
      newAccount: { label: 'Nova conta corporativa ou de estudante a usar' },
      region: { label: 'Região' },
      tried: { label: 'O que já tentei' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Logins restantes que o VLSC mostra', missing: 'Insira quantos logins o VLSC diz que você ainda tem.' },
      progress: { label: 'Em que ponto está a aquisição', missing: 'Escolha em que ponto está a aquisição do seu locatário.' },
      reason: { label: 'Mais detalhes sobre por que preciso de mais tempo' },
      expectedCompletion: { label: 'Conclusão prevista' },
    },
    'mfa-support': {
      tenantId: { label: 'ID do locatário', missing: 'Insira a ID do seu locatário do Microsoft Entra.' },
      domain: { label: 'Domínio', missing: 'Insira o domínio da sua organização, como contoso.com.' },
      tenantType: { label: 'Tipo de locatário' },
      relationship: { label: 'Nossa organização é' },
      method: { label: 'Método de MFA tentado', missing: 'Escolha a forma como você tentou habilitar a MFA.' },
      error: { label: 'Erro exibido', missing: 'Cole ou descreva o erro que você viu.' },
      globalAdmin: { label: 'Administrador Global' },
      contactName: { label: 'Nome do contato', missing: 'Insira seu nome.' },
      contactEmail: { label: 'Email de contato', missing: 'Insira o endereço de email em que o suporte deve responder.' },
    },
  },
  choices: {
    region: { 'north-america': 'Canadá ou EUA (formulário web N. America MAK ADD)', elsewhere: 'Fora do Canadá e dos EUA' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'Minha organização está assumindo o controle do locatário não gerenciado (verificando o domínio com um registro TXT de DNS)',
      'finding-admin': 'Ainda estamos identificando alguém na minha organização que possa assumir o controle do locatário',
    },
    relationship: { partner: 'Um parceiro de Licenciamento por Volume', customer: 'Um cliente de Licenciamento por Volume' },
    method: { 'conditional-access': 'Política de Acesso Condicional', 'security-defaults': 'Padrões de segurança', 'per-user': 'MFA por usuário (herdada)' },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'O endereço está em um locatário do Microsoft Entra não gerenciado (“viral”), sem administrador',
    'personal-account': 'O endereço é uma conta pessoal da Microsoft, não uma conta corporativa ou de estudante',
    'choose-work-account': 'O endereço é ao mesmo tempo uma conta corporativa ou de estudante e uma conta pessoal da Microsoft',
    ready: 'O endereço é uma conta corporativa ou de estudante em um locatário gerenciado',
    readyFederated: 'O endereço é de um domínio federado, cuja organização entra por meio do próprio provedor de identidade',
    'no-account': 'Não existe nenhuma conta corporativa ou de estudante nem nenhuma conta pessoal da Microsoft para o endereço',
    'lookup-failed': 'A verificação não obteve resposta do serviço de login da Microsoft',
    'invalid-address': 'O endereço não é um endereço de email válido',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Os endereços do domínio estão em um locatário do Microsoft Entra não gerenciado (“viral”), sem administrador; a Microsoft não conseguiu confirmar este endereço exato',
      'choose-work-account':
        'Uma conta pessoal da Microsoft usa o endereço, e os endereços do domínio são contas corporativas ou de estudante; a Microsoft não conseguiu confirmar uma conta corporativa para este endereço exato',
      ready: 'Os endereços do domínio são contas corporativas ou de estudante em um locatário gerenciado; a Microsoft não conseguiu confirmar este endereço exato',
      readyFederated:
        'O domínio é federado (sua organização entra por meio do próprio provedor de identidade), então a Microsoft não conseguiu confirmar este endereço exato',
    },
    personalUnknown: '; não se sabe se uma conta pessoal da Microsoft o usa',
    tenant: (name: string) => ` (o locatário do domínio: ${name})`,
    checked: (finding: string, when: string) => `${finding}. Verificado em ${when}.`,
    when: (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'digite "verificar minha conta"', signUp: 'digite "verificar minha conta" para ver as etapas', mfa: 'digite "mfa"' },
    cli: {
      check: 'execute "vlsa diagnose <address>"',
      signUp: 'execute "vlsa ask \'how do I sign up for a new work or school account\'" para ver as etapas',
      mfa: 'execute "vlsa mfa-readiness --user <address>"',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} é uma conta pessoal da Microsoft. Os pedidos de desassociação e de logins extras ao suporte do VLSC são para contas em um locatário não gerenciado. Para uma conta pessoal, a orientação é começar a usar uma conta corporativa ou de estudante o quanto antes: tente o ID de usuário e a senha que você usa para entrar no trabalho, ou ${organisation ? `peça aos administradores de ${organisation} uma conta corporativa lá` : `crie uma em Inscrever-se (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `A Microsoft não conhece nenhuma conta para ${address}, então não há nada que o suporte do VLSC possa liberar ou estender: verifique a grafia, tente o ID de usuário e a senha que você usa para entrar no trabalho, ou ${organisation ? `peça aos administradores de ${organisation} uma conta corporativa lá` : 'crie uma conta corporativa ou de estudante em Inscrever-se (Sign Up)'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} é o tipo de conta que o VLSC exige, então não há nada a pedir ao suporte do VLSC: entre com ela. Em seguida, verifique se você está pronto para a MFA (${next.mfa}).`
          : `${address} é de um domínio do tipo que o VLSC exige, embora a Microsoft não tenha conseguido confirmar este endereço exato, então não há nada a pedir ao suporte do VLSC: entre com ele e, se a entrada for recusada, verifique a grafia ou pergunte ao departamento de TI. Em seguida, verifique se você está pronto para a MFA (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} também é uma conta corporativa ou de estudante, o tipo que o VLSC exige, então não há nada a pedir ao suporte do VLSC: ao entrar, escolha “Conta corporativa ou de estudante” (Work or school account). Em seguida, verifique se você está pronto para a MFA (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} é uma conta pessoal da Microsoft: ela não tem um locatário de organização no qual o suporte de MFA possa ajudar a habilitar a MFA. Primeiro mude para uma conta corporativa ou de estudante: tente o ID de usuário e a senha que você usa para entrar no trabalho, ou ${organisation ? `peça aos administradores de ${organisation} uma conta corporativa lá` : `crie uma em Inscrever-se (Sign Up) (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `A Microsoft não conhece nenhuma conta para ${address}, embora ${organisation} tenha um locatário do Microsoft Entra: verifique a grafia (${next.check} para verificar outro endereço) ou peça aos administradores dele sua conta corporativa lá.`
          : `A Microsoft não conhece nenhuma conta para ${address}, então não há nenhum locatário no qual o suporte de MFA possa ajudar a habilitar a MFA: verifique a grafia ou ${next.check} para verificar outro endereço.`,
    },
    invalid: (address: string, next: DraftNextStep) =>
      `“${address}” não é um endereço de email que eu consiga verificar; ${next.check} para verificar aquele com o qual você entra no VLSC.`,
  },
  signOff: 'Obrigado,',
  disassociation: {
    title: 'Pedido de desassociação ao suporte do VLSC',
    subject: (address: string) => `Desassociar minha conta do VLSC de ${address}`,
    greeting: 'Olá, suporte do VLSC,',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `Por favor, desassociem minha conta do VLSC de ${address} e me convidem a me registrar de novo.`,
    why: (address: string) =>
      `Preciso entrar no VLSC com outra conta corporativa ou de estudante, então a conta do VLSC registrada com ${address} precisa ser liberada primeiro.`,
    newAccount: (account: string) => `Vou entrar com minha nova conta corporativa ou de estudante, ${account}, assim que vocês confirmarem.`,
    wait: 'Não vou entrar no VLSC até que vocês confirmem que a desassociação foi concluída.',
    pasteNorthAmerica:
      'Cole isto no formulário web N. America MAK ADD do suporte do VLSC (para o Canadá e os EUA), com link na página de Contato.',
    paste: 'Cole isto no formulário web do suporte do VLSC, com link na página de Contato. Para o Canadá e os EUA, use o formulário web N. America MAK ADD.',
    doNotSignIn: 'NÃO entre no VLSC até que o suporte do VLSC confirme que a desassociação da sua conta foi concluída.',
    signUpMeanwhile:
      'Enquanto isso, acesse Inscrever-se (Sign Up) e crie uma nova conta corporativa ou de estudante (como name@yourcompany.onmicrosoft.com) tendo você como administrador. Anote o ID de usuário.',
    afterwards:
      'Depois que o suporte do VLSC confirmar, volte ao VLSC, escolha entrar com uma conta corporativa ou de estudante (Sign in with a Work or School Account) e informe a nova conta. Pode levar até 2 dias úteis até você conseguir entrar com ela.',
  },
  extraLogins: {
    title: 'Pedido de sessões de login extras ao suporte do VLSC',
    subject: (address: string) => `Sessões de login extras no VLSC para ${address}`,
    greeting: 'Olá, suporte do VLSC,',
    request: (address: string) => `Por favor, adicionem sessões de login extras à minha conta do VLSC, na qual entro com ${address}.`,
    remaining: (count: string) =>
      `O VLSC mostra ${counted(count, 'login restante', 'logins restantes')}, e preciso de mais tempo antes de conseguir entrar com uma conta corporativa ou de estudante gerenciada.`,
    paste: 'Cole isto no formulário web do suporte do VLSC, com link na página de Contato.',
    buysTime:
      'Logins extras dão tempo: você, ou alguém da sua organização, ainda precisa assumir o controle do locatário ou mudar para uma conta corporativa ou de estudante.',
    soFar: (tried: string) => `Até agora: ${tried}`,
  },
  mfaSupport: {
    title: 'Email ao suporte de MFA para o Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `Não conseguimos habilitar a MFA para o Volume Licensing Central: ${domain} (locatário ${tenantId})`,
    greeting: 'Olá,',
    relationship: { partner: 'Somos um parceiro de Licenciamento por Volume.', customer: 'Somos um cliente de Licenciamento por Volume.' },
    problem:
      'Não conseguimos habilitar a autenticação multifator (MFA) para o Volume Licensing Central no nosso locatário do Microsoft Entra, como pede a orientação sobre a MFA obrigatória. Vocês poderiam nos ajudar, por favor?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Nosso domínio ${domain} está em um locatário do Microsoft Entra não gerenciado (“viral”), que não tem administrador, então ninguém pode habilitar a MFA nele até que alguém assuma o controle do locatário.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'Tentamos exigir a MFA com uma política de Acesso Condicional.',
      'security-defaults': 'Tentamos habilitar os padrões de segurança.',
      'per-user': 'Tentamos impor a MFA por usuário.',
    },
    send: (mailbox: string) => `Envie isto para ${mailbox}, o endereço que a orientação para parceiros indica para problemas ao habilitar a MFA.`,
    copyIn: (whoCanEnforce: string) => `Coloque em cópia quem vai habilitar a MFA: ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Escreva para o suporte de MFA se a habilitação da MFA ainda falhar quando o locatário já tiver um administrador.`,
  },
} as const;
