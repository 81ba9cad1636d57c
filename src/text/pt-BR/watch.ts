import type { CatalogWords } from '../catalog';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Avise-me ao ser resolvido',
  stopButton: 'Parar de acompanhar',
  checkNowButton: 'Verificar de novo agora',
  /** On a verdict card whose address is watched. */
  watching: 'Estou acompanhando este endereço: vou mandar uma mensagem aqui quando uma verificação mostrar que está resolvido.',
  started: {
    title: (address) => `Acompanhando ${address}`,
    summary: (hours) =>
      `Vou verificá-lo de novo ${hours === 1 ? 'a cada hora' : `a cada ${hours} horas`} e mandar uma mensagem aqui assim que ele estiver pronto para o VLSC. Acabou de resolver? Escolha “Verificar de novo agora”.`,
  },
  stopped: (address) => `Parei de acompanhar ${address}.`,
  notWatching: (address) => `Você não está acompanhando ${address}.`,
  nothingToWatch: (address) => `${address} já está pronto para o VLSC: não há mais nada a acompanhar.`,
  noWatches: 'Você não está acompanhando nenhum endereço. Depois de uma verificação que encontre algo a resolver, escolha “Me avise quando estiver resolvido”.',
  checked: {
    intro: 'Verifiquei de novo:',
    fixed: (address) => `${address}: resolvido (veja o cartão acima).`,
    unchanged: (address, verdict) => `${address}: ainda “${verdict}”. Vou continuar acompanhando.`,
    changed: (address, verdict) => `${address}: agora “${verdict}”. Vou continuar acompanhando.`,
    inconclusive: (address) => `${address}: esta verificação não foi conclusiva (não foi possível falar com a Microsoft, ou ela respondeu “existe” para qualquer endereço). Vou continuar acompanhando.`,
    postponed: (address, minutes) =>
      `${address}: o limite de consultas foi atingido; vou verificá-lo em cerca de ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  },
  fixed: {
    title: (address) => `Resolvido: ${address} está pronto para o VLSC`,
    footer: (time) => `Verificado de novo em ${time} porque você pediu para ser avisado quando estivesse resolvido. Parei de acompanhá-lo.`,
    footerCampaign: (time) => `Verificado de novo em ${time}: seu departamento de TI me pediu para acompanhar isso. Parei de acompanhar este endereço.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `O que isso significa para os outros em ${domain}: veja Detalhes.`,
    heading: (domain) => `Todos os outros em ${domain}`,
    internal:
      'Se você assumiu o controle do próprio diretório não gerenciado (uma aquisição “interna”), você se tornou o Administrador Global dele: nenhum usuário, domínio ou plano de serviço foi movido para outro diretório, então os outros mantêm as contas deles lá, agora gerenciadas.',
    external:
      'Se você adicionou o domínio a uma organização que já gerencia (uma aquisição “externa”), os usuários, as assinaturas e as atribuições de licença dele foram movidos junto com ele, e a Microsoft mapeia os usuários para os recursos deles para que possam continuar usando os serviços sem interrupção.',
    removed:
      'Se você remover o domínio do diretório assumido para adicioná-lo em outro lugar, os usuários dele precisam primeiro ser renomeados para o domínio .onmicrosoft.com do diretório.',
  },
};
