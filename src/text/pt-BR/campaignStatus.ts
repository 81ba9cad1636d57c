/** "Status da campanha", como os administradores da campanha o leem (veja ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Campanha ${id}: status`,
  started: (when: string, name: string) => (name ? `Iniciada em ${when} por ${name}.` : `Iniciada em ${when}.`),
  states: {
    draft: 'Em verificação, ainda não enviada',
    previewed: 'Verificada, ainda não enviada',
    sending: 'Enviando',
    done: 'Enviada',
    cancelled: 'Cancelada',
    closed: 'Encerrada',
  },
  people: 'Pessoas na lista',
  counts: {
    'needs-action': 'Precisam agir',
    'in-progress': 'Em andamento',
    fixed: 'Resolvidas',
    'not-reachable': 'Inacessíveis no Teams',
  },
  changed: {
    'needs-action': 'precisam agir',
    'in-progress': 'em andamento',
    fixed: 'resolvidas',
    'not-reachable': 'inacessíveis',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} desde ${when}.`,
  unchangedSince: (when: string) => `Nenhuma mudança desde ${when}.`,
  firstReport: 'Este é o primeiro relatório: o próximo mostrará o que mudou desde então.',
  meaning:
    'Em andamento: receberam o resultado, ainda não resolvido. Precisam agir: ainda não receberam o resultado, ou o envio falhou. Resolvidas: uma verificação encontrou a conta pronta.',
  exportButton: 'Exportar CSV',
  closeButton: 'Encerrar a campanha',
  summary: {
    heading: 'Resumo semanal',
    last: 'Resumo semanal: todas as contas da lista estão resolvidas. Este é o último.',
  },
  export: {
    title: (id: string) => `Campanha ${id}: exportação`,
    ready: (count: number) => `Endereços no CSV: ${count}. O link funciona uma única vez, por 15 minutos.`,
    button: 'Baixar o CSV',
  },
  closed: (id: string) => `A campanha ${id} foi encerrada. "Status da campanha" agora mostra a sua campanha aberta mais recente.`,
  notClosable: (id: string) => `A campanha ${id} não pode ser encerrada enquanto está em envio: cancele-a ou aguarde até que termine.`,
  none: 'Você não tem nenhuma campanha aberta. Diga "iniciar uma campanha" para iniciar uma.',
};
