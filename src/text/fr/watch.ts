import type { CatalogWords } from '../catalog';
import { counted } from './plural';

/**
 * "Tell me when it's fixed": the watch list as the person watching reads it. The sentences after
 * a takeover follow Microsoft Learn's "Admin takeover of an unmanaged directory" (links.takeover).
 * `time` is a moment as utcMinute writes it, "2026-01-05 09:30 UTC".
 */
export const watch: CatalogWords['watch'] = {
  button: 'Prévenez-moi quand c’est réglé',
  stopButton: 'Ne plus surveiller',
  checkNowButton: 'Vérifier à nouveau maintenant',
  /** On a verdict card whose address is watched. */
  watching: 'Je surveille cette adresse : je vous écrirai ici dès qu’une vérification montrera que c’est réglé.',
  started: {
    title: (address) => `Surveillance de ${address}`,
    summary: (hours) =>
      `Je la vérifierai à nouveau ${hours === 1 ? 'toutes les heures' : `toutes les ${hours} heures`} et vous écrirai ici dès qu’elle sera prête pour le VLSC. Vous venez de corriger le problème ? Choisissez « Vérifier à nouveau maintenant ».`,
  },
  stopped: (address) => `Je ne surveille plus ${address}.`,
  notWatching: (address) => `Vous ne surveillez pas ${address}.`,
  nothingToWatch: (address) => `${address} est maintenant prête pour le VLSC : il n’y a plus rien à surveiller.`,
  noWatches: 'Vous ne surveillez aucune adresse. Après une vérification qui trouve quelque chose à corriger, choisissez « Prévenez-moi quand c’est réglé ».',
  checked: {
    intro: 'J’ai vérifié à nouveau :',
    fixed: (address) => `${address} : réglé (voir la carte ci-dessus).`,
    unchanged: (address, verdict) => `${address} : toujours « ${verdict} ». Je continue de la surveiller.`,
    changed: (address, verdict) => `${address} : désormais « ${verdict} ». Je continue de la surveiller.`,
    inconclusive: (address) => `${address} : cette vérification n’a rien permis de conclure (Microsoft injoignable, ou réponse « existe » pour n’importe quelle adresse). Je continue de la surveiller.`,
    postponed: (address, minutes) =>
      `${address} : la limite de recherches est atteinte ; je la vérifierai dans ${counted(minutes, 'minute', 'minutes')} environ.`,
  },
  fixed: {
    title: (address) => `Réglé : ${address} est prête pour le VLSC`,
    footer: (time) => `Vérifiée à nouveau le ${time}, car vous m’avez demandé de vous prévenir quand ce serait réglé. Je ne la surveille plus.`,
    footerCampaign: (time) => `Vérifiée à nouveau le ${time} : votre service informatique m’a demandé d’en assurer le suivi. Je ne la surveille plus.`,
  },
  /** Shown after a takeover ended: what the Learn page says changes for the other accounts at the domain. */
  afterTakeover: {
    seeDetails: (domain) => `Ce que cela change pour les autres chez ${domain} : voir Détails.`,
    heading: (domain) => `Toutes les autres personnes de ${domain}`,
    internal:
      'Si vous avez pris le contrôle de l’annuaire non géré lui-même (une prise de contrôle « interne »), vous en êtes devenu l’administrateur général : aucun utilisateur, domaine ou plan de service n’a été déplacé vers un autre annuaire, les autres gardent donc leurs comptes là-bas, désormais gérés.',
    external:
      'Si vous avez ajouté le domaine à une organisation que vous gérez déjà (une prise de contrôle « externe »), ses utilisateurs, abonnements et attributions de licences ont été déplacés avec lui, et Microsoft associe les utilisateurs à leurs ressources pour qu’ils puissent continuer à utiliser les services sans interruption.',
    removed:
      'Si vous supprimez le domaine de l’annuaire dont vous avez pris le contrôle pour l’ajouter ailleurs, ses utilisateurs doivent d’abord être renommés avec le domaine .onmicrosoft.com de l’annuaire.',
  },
};
