/** « État de la campagne », tel que le lisent les administrateurs de la campagne (voir ../en/campaignStatus.ts). */
export const campaignStatus = {
  title: (id: string) => `Campagne ${id} : état`,
  started: (when: string, name: string) => (name ? `Lancée le ${when} par ${name}.` : `Lancée le ${when}.`),
  states: {
    draft: 'En cours de vérification, pas encore envoyée',
    previewed: 'Vérifiée, pas encore envoyée',
    sending: 'Envoi en cours',
    done: 'Envoyée',
    cancelled: 'Annulée',
    closed: 'Clôturée',
  },
  people: 'Personnes sur la liste',
  counts: {
    'needs-action': 'Doivent agir',
    'in-progress': 'En cours',
    fixed: 'Réglées',
    'not-reachable': 'Injoignables dans Teams',
  },
  changed: {
    'needs-action': 'doivent agir',
    'in-progress': 'en cours',
    fixed: 'réglées',
    'not-reachable': 'injoignables',
  },
  separator: ', ',
  since: (changes: string, when: string) => `${changes} depuis le ${when}.`,
  unchangedSince: (when: string) => `Aucun changement depuis le ${when}.`,
  firstReport: 'Ceci est le premier rapport : le suivant montrera ce qui a changé depuis.',
  meaning:
    'En cours : ont reçu leur résultat, pas encore réglé. Doivent agir : n’ont pas encore reçu leur résultat, ou l’envoi a échoué. Réglées : une vérification a trouvé leur compte prêt.',
  exportButton: 'Exporter en CSV',
  closeButton: 'Clôturer la campagne',
  summary: {
    heading: 'Synthèse hebdomadaire',
    last: 'Synthèse hebdomadaire : tous les comptes de la liste sont réglés. C’est la dernière.',
  },
  export: {
    title: (id: string) => `Campagne ${id} : export`,
    ready: (count: number) => `Adresses dans le CSV : ${count}. Le lien fonctionne une seule fois, pendant 15 minutes.`,
    button: 'Télécharger le CSV',
  },
  closed: (id: string) => `La campagne ${id} est clôturée. « État de la campagne » affiche désormais votre campagne ouverte la plus récente.`,
  notClosable: (id: string) => `La campagne ${id} ne peut pas être clôturée pendant son envoi : annulez-la ou attendez qu’elle soit terminée.`,
  none: 'Vous n’avez aucune campagne ouverte. Dites « lancer une campagne » pour en lancer une.',
};
