import type { CatalogWords } from '../catalog';
import { counted } from './plural';
import { WEB_FORM_ANSWER } from './result';

/** The first fields of both VLSC Support web-form drafts. */
const VLSC_SUPPORT_CONTACT_FIELDS = {
  contactName: { label: 'Nom du contact', missing: 'Saisissez votre nom.' },
  contactEmail: { label: 'E-mail du contact (où le support VLSC répond)', missing: 'Saisissez l’adresse e-mail à laquelle le support VLSC doit répondre.' },
  vlscAddress: { label: 'Adresse e-mail de connexion au VLSC', missing: 'Saisissez l’adresse e-mail avec laquelle vous vous connectez au VLSC.' },
};

/** The words that point to a next step, for the chat or the command line (TEXT.drafts.nextStep). */
interface DraftNextStep {
  check: string;
  signUp: string;
  mfa: string;
}

/** "5 janvier 2026 à 09:30 UTC": the French date, in UTC so a support agent anywhere reads the same time. */
const CHECKED_AT = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** The support-request drafts: their card, their fields and their text. */
export const drafts: CatalogWords['drafts'] = {
  buttons: {
    disassociation: 'Demander la dissociation',
    'extra-logins': 'Demander plus de connexions',
    'mfa-support': 'Rédiger l’e-mail au support MFA',
  },
  textHeading: 'Texte à coller',
  emailHeading: 'E-mail à envoyer',
  subject: 'Objet',
  editHeading: 'Modifier les détails',
  update: 'Mettre à jour le brouillon',
  review: 'Envoyer à mon support pour relecture',
  openEmail: 'Ouvrir dans la messagerie',
  openWebForm: 'Contacter le support VLSC',
  truncated:
    'Le lien e-mail contient un texte raccourci (les logiciels de messagerie refusent les liens plus longs) : collez le texte complet ci-dessus dans l’e-mail.',
  updated: 'Brouillon mis à jour : prêt à être envoyé.',
  fixErrors: 'Certains détails sont à revoir (voir ci-dessous).',
  checkFirst: 'Je vérifie d’abord votre compte, pour pouvoir remplir les détails.',
  required: 'Ce champ est obligatoire.',
  webFormAnswer: WEB_FORM_ANSWER,
  /** Shown in a draft in place of a required value nobody has filled in yet. */
  fillIn: '[à compléter]',
  shortened: '[Raccourci pour tenir dans un lien e-mail : collez plutôt le texte complet de la carte.]',
  detail: (label: string, value: string) => `${label} : ${value}`,
  choiceList: (titles: readonly string[]) => titles.join(', '),
  /** What is wrong with a value entered in a draft's field. */
  problems: {
    address: (reason: string) => `Ce n’est pas une adresse e-mail valide : ${reason}`,
    domain: 'Ce n’est pas un nom de domaine valide, comme contoso.com.',
    tenantId: 'Un ID de locataire est un GUID, comme 72f988bf-86f1-41af-91ab-2d7cd011db47.',
    count: 'Saisissez un nombre entier, comme 0.',
    choice: (titles: string) => `Choisissez parmi : ${titles}.`,
    tooLong: (max: number) => `Ce texte dépasse ${max} caractères ; raccourcissez-le.`,
    sameAccount: 'Le nouveau compte doit avoir une autre adresse que celle que le support VLSC dissocie.',
    /** The seed ties the extra log-ins request to zero remaining log-ins; with some left, Skip is the path. */
    loginsLeft: (count: string) =>
      `Il vous reste ${counted(count, 'connexion', 'connexions')} : la demande de sessions de connexion supplémentaires est pour le moment où le VLSC affiche 0 connexion restante et où il vous faut plus de temps. D’ici là, choisissez Ignorer (Skip) dans le message du VLSC et connectez-vous avec votre compte actuel.`,
  },
  /** What an empty optional field reads as in a draft: a blank, not a claim about why it is empty. */
  blank: '[laissé vide]',
  /** Labels, the sentence shown when a required field is empty, and the titles of choices: one list per draft. */
  fields: {
    disassociation: {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      domain: { label: 'Domaine', missing: 'Saisissez le domaine de cette adresse, comme contoso.com.' },
      tenantId: { label: 'ID de locataire' },
      verdictFound: { label: 'Résultat de la vérification de connexion' },
      request: { label: 'Demande', missing: 'Indiquez ce que vous demandez au support VLSC.' },
      newAccount: { label: 'Nouveau compte professionnel ou scolaire à utiliser' },
      region: { label: 'Région' },
      tried: { label: 'Ce que j’ai essayé' },
    },
    'extra-logins': {
      ...VLSC_SUPPORT_CONTACT_FIELDS,
      remainingLogins: { label: 'Connexions restantes affichées par le VLSC', missing: 'Saisissez le nombre de connexions restantes indiqué par le VLSC.' },
      progress: { label: 'Où en est la prise de contrôle', missing: 'Choisissez où en est la prise de contrôle de votre locataire.' },
      reason: { label: 'Pourquoi il me faut plus de temps' },
      expectedCompletion: { label: 'Fin prévue' },
    },
    'mfa-support': {
      tenantId: { label: 'ID de locataire', missing: 'Saisissez l’ID de votre locataire Microsoft Entra.' },
      domain: { label: 'Domaine', missing: 'Saisissez le domaine de votre organisation, comme contoso.com.' },
      tenantType: { label: 'Type de locataire' },
      relationship: { label: 'Notre organisation est' },
      method: { label: 'Méthode MFA essayée', missing: 'Choisissez la façon dont vous avez essayé d’activer la MFA.' },
      error: { label: 'Erreur constatée', missing: 'Collez ou décrivez l’erreur que vous avez vue.' },
      globalAdmin: { label: 'Administrateur général' },
      contactName: { label: 'Nom du contact', missing: 'Saisissez votre nom.' },
      contactEmail: { label: 'E-mail du contact', missing: 'Saisissez l’adresse e-mail à laquelle le support doit répondre.' },
    },
  },
  choices: {
    region: { 'north-america': 'Canada ou États-Unis (formulaire web N. America MAK ADD)', elsewhere: 'Hors Canada et États-Unis' },
    /** The two reasons the seed gives for choosing Skip: the takeover is under way, or someone who can do it is still being found. */
    progress: {
      'takeover-in-progress': 'Mon organisation prend le contrôle du locataire non géré (vérification du domaine par un enregistrement DNS TXT)',
      'finding-admin': 'Nous cherchons encore quelqu’un dans mon organisation qui peut prendre le contrôle du locataire',
    },
    relationship: { partner: 'Un partenaire Licences en volume (Volume Licensing)', customer: 'Un client Licences en volume (Volume Licensing)' },
    method: {
      'conditional-access': 'Stratégie d’accès conditionnel',
      'security-defaults': 'Paramètres de sécurité par défaut',
      'per-user': 'MFA par utilisateur (héritée)',
    },
  },
  /** What the diagnosis found, as the draft states it: facts from the check only. */
  findings: {
    'takeover-needed': 'L’adresse est dans un locataire Microsoft Entra non géré (« viral »), sans administrateur',
    'personal-account': 'L’adresse est un compte Microsoft personnel, pas un compte professionnel ou scolaire',
    'choose-work-account': 'L’adresse est à la fois un compte professionnel ou scolaire et un compte Microsoft personnel',
    ready: 'L’adresse est un compte professionnel ou scolaire dans un locataire géré',
    readyFederated: 'L’adresse appartient à un domaine fédéré, dont l’organisation se connecte par son propre fournisseur d’identité',
    'no-account': 'Il n’existe aucun compte professionnel ou scolaire ni aucun compte Microsoft personnel pour cette adresse',
    'lookup-failed': 'La vérification n’a pas obtenu de réponse du service de connexion de Microsoft',
    'invalid-address': 'L’adresse n’est pas une adresse e-mail valide',
    /** When the check could not confirm this exact address: what is known of the domain only. */
    unconfirmed: {
      'takeover-needed':
        'Les adresses du domaine sont dans un locataire Microsoft Entra non géré (« viral »), sans administrateur ; Microsoft n’a pas pu confirmer cette adresse précise',
      'choose-work-account':
        'Un compte Microsoft personnel utilise l’adresse, et les adresses du domaine sont des comptes professionnels ou scolaires ; Microsoft n’a pas pu confirmer de compte professionnel pour cette adresse précise',
      ready: 'Les adresses du domaine sont des comptes professionnels ou scolaires dans un locataire géré ; Microsoft n’a pas pu confirmer cette adresse précise',
      readyFederated:
        'Le domaine est fédéré (son organisation se connecte par son propre fournisseur d’identité), Microsoft n’a donc pas pu confirmer cette adresse précise',
    },
    personalUnknown: ' ; on ne sait pas si un compte Microsoft personnel l’utilise',
    tenant: (name: string) => ` (locataire du domaine : ${name})`,
    checked: (finding: string, when: string) => `${finding}. Vérifié le ${when}.`,
    when: (date: Date) => `${CHECKED_AT.format(date)} UTC`,
  },
  /**
   * Where the next step is, in the words of where the person is: the chat's commands (the
   * README's table) or the command line's own commands.
   */
  nextStep: {
    chat: { check: 'tapez « vérifier mon compte »', signUp: 'tapez « vérifier mon compte » pour voir les étapes', mfa: 'tapez « mfa »' },
    cli: {
      check: 'lancez « vlsa diagnose <adresse> »',
      signUp: 'lancez « vlsa ask --locale fr "comment créer un nouveau compte professionnel ou scolaire" » pour les étapes',
      mfa: 'lancez « vlsa mfa-readiness --user <adresse> »',
    },
  },
  /** Why a draft does not fit the check (see drafts/applies.ts), and the right path instead. */
  notFor: {
    vlscSupport: {
      /** `organisation`: the address's domain when it has a managed or federated tenant, whose admins give work accounts (no sign-up there). */
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} est un compte Microsoft personnel. Les demandes de dissociation et de connexions supplémentaires au support VLSC concernent les comptes d’un locataire non géré. Pour un compte personnel, les instructions sont de commencer à utiliser un compte professionnel ou scolaire dès que possible : essayez l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail, ou ${organisation ? `demandez un compte professionnel aux admins de ${organisation}` : `créez-en un sur la page d’inscription, Sign Up (${next.signUp})`}.`,
      'no-account': (address: string, _next: DraftNextStep, organisation?: string) =>
        `Microsoft ne connaît aucun compte pour ${address}, le support VLSC n’a donc rien à libérer ni à prolonger : vérifiez l’orthographe, essayez l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail, ou ${organisation ? `demandez un compte professionnel aux admins de ${organisation}` : 'créez un compte professionnel ou scolaire sur la page d’inscription (Sign Up)'}.`,
      /** `confirmed`: false when Microsoft's answer could not confirm this exact address (federated, or answering "exists" for anything). */
      ready: (address: string, next: DraftNextStep, _organisation?: string, confirmed = true) =>
        confirmed
          ? `${address} est le type de compte qu’exige le VLSC, il n’y a donc rien à demander au support VLSC : connectez-vous avec ce compte. Ensuite, vérifiez que vous êtes prêt pour la MFA (${next.mfa}).`
          : `${address} appartient à un domaine du type qu’exige le VLSC, même si Microsoft n’a pas pu confirmer cette adresse précise ; il n’y a donc rien à demander au support VLSC : connectez-vous avec cette adresse et, si la connexion est refusée, vérifiez l’orthographe ou demandez à votre service informatique. Ensuite, vérifiez que vous êtes prêt pour la MFA (${next.mfa}).`,
      'choose-work-account': (address: string, next: DraftNextStep) =>
        `${address} est aussi un compte professionnel ou scolaire, le type qu’exige le VLSC, il n’y a donc rien à demander au support VLSC : à la connexion, choisissez « Compte professionnel ou scolaire » (Work or school account). Ensuite, vérifiez que vous êtes prêt pour la MFA (${next.mfa}).`,
    },
    mfaSupport: {
      'personal-account': (address: string, next: DraftNextStep, organisation?: string) =>
        `${address} est un compte Microsoft personnel : il n’a pas de locataire d’organisation dans lequel le support MFA pourrait aider à activer la MFA. Passez d’abord à un compte professionnel ou scolaire : essayez l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail, ou ${organisation ? `demandez un compte professionnel aux admins de ${organisation}` : `créez-en un sur la page d’inscription, Sign Up (${next.signUp})`}.`,
      'no-account': (address: string, next: DraftNextStep, organisation?: string) =>
        organisation
          ? `Microsoft ne connaît aucun compte pour ${address}, bien que ${organisation} ait un locataire Microsoft Entra : vérifiez l’orthographe (${next.check} pour vérifier une autre adresse), ou demandez votre compte professionnel à ses admins.`
          : `Microsoft ne connaît aucun compte pour ${address}, il n’y a donc aucun locataire dans lequel le support MFA pourrait aider à activer la MFA : vérifiez l’orthographe, ou ${next.check} pour vérifier une autre adresse.`,
    },
    invalid: (address: string, next: DraftNextStep) =>
      `« ${address} » n’est pas une adresse e-mail que j’ai pu vérifier ; ${next.check} pour vérifier celle avec laquelle vous vous connectez au VLSC.`,
  },
  signOff: 'Merci,',
  disassociation: {
    title: 'Demande de dissociation au support VLSC',
    subject: (address: string) => `Dissocier mon compte VLSC de ${address}`,
    greeting: 'Bonjour à l’équipe du support VLSC,',
    /** The request sentence the seed's Option 2, Step 1 asks for. */
    request: (address: string) => `Merci de dissocier mon compte VLSC de ${address} et de m’inviter à m’inscrire de nouveau.`,
    why: (address: string) =>
      `Je dois me connecter au VLSC avec un autre compte professionnel ou scolaire ; le compte VLSC enregistré avec ${address} doit donc d’abord être libéré.`,
    newAccount: (account: string) => `Je me connecterai avec mon nouveau compte professionnel ou scolaire, ${account}, dès votre confirmation.`,
    wait: 'Je ne me connecterai pas au VLSC avant votre confirmation que la dissociation est terminée.',
    pasteNorthAmerica: 'Collez ce texte dans le formulaire web N. America MAK ADD du support VLSC (pour le Canada et les États-Unis), accessible depuis la page de contact.',
    paste: 'Collez ce texte dans le formulaire web du support VLSC, accessible depuis la page de contact. Pour le Canada et les États-Unis, utilisez le formulaire web N. America MAK ADD.',
    doNotSignIn: 'Ne vous connectez PAS au VLSC tant que le support VLSC n’a pas confirmé que la dissociation de votre compte est terminée.',
    signUpMeanwhile:
      'En attendant, allez sur la page d’inscription (Sign Up) et créez un nouveau compte professionnel ou scolaire (par exemple name@yourcompany.onmicrosoft.com) dont vous êtes l’administrateur. Notez l’identifiant.',
    afterwards:
      'Une fois la confirmation du support VLSC reçue, revenez sur le VLSC, choisissez « Se connecter avec un compte professionnel ou scolaire » (Sign in with a Work or School Account) et saisissez le nouveau compte. Il peut falloir jusqu’à 2 jours ouvrés avant de pouvoir vous connecter avec lui.',
  },
  extraLogins: {
    title: 'Demande de sessions de connexion supplémentaires au support VLSC',
    subject: (address: string) => `Sessions de connexion VLSC supplémentaires pour ${address}`,
    greeting: 'Bonjour à l’équipe du support VLSC,',
    request: (address: string) => `Merci d’ajouter des sessions de connexion supplémentaires à mon compte VLSC, auquel je me connecte avec ${address}.`,
    remaining: (count: string) =>
      `Le VLSC affiche ${counted(count, 'connexion restante', 'connexions restantes')}, et il me faut plus de temps avant de pouvoir me connecter avec un compte professionnel ou scolaire géré.`,
    paste: 'Collez ce texte dans le formulaire web du support VLSC, accessible depuis la page de contact.',
    buysTime:
      'Les connexions supplémentaires font gagner du temps : vous, ou quelqu’un de votre organisation, devez encore prendre le contrôle du locataire ou passer à un compte professionnel ou scolaire.',
    soFar: (tried: string) => `Jusqu’ici : ${tried}`,
  },
  mfaSupport: {
    title: 'E-mail au support MFA pour Volume Licensing Central',
    subject: (domain: string, tenantId: string) => `Impossible d’activer la MFA pour Volume Licensing Central : ${domain} (locataire ${tenantId})`,
    greeting: 'Bonjour,',
    relationship: { partner: 'Nous sommes un partenaire Licences en volume (Volume Licensing).', customer: 'Nous sommes un client Licences en volume (Volume Licensing).' },
    problem:
      'Nous ne parvenons pas à activer l’authentification multifacteur (MFA) pour Volume Licensing Central dans notre locataire Microsoft Entra, comme le demandent les instructions sur la MFA obligatoire. Pourriez-vous nous aider ?',
    /** First, for a tenant the check found unmanaged: what was found, before any request. */
    unmanagedFirst: (domain: string) =>
      `Notre domaine ${domain} est dans un locataire Microsoft Entra non géré (« viral »), sans administrateur : personne ne peut donc y activer la MFA tant que le locataire n’a pas fait l’objet d’une prise de contrôle.`,
    /** What the chosen method says, and no more: the person chose it, the details are theirs to add. */
    method: {
      'conditional-access': 'Nous avons essayé d’exiger la MFA avec une stratégie d’accès conditionnel.',
      'security-defaults': 'Nous avons essayé d’activer les paramètres de sécurité par défaut.',
      'per-user': 'Nous avons essayé d’imposer la MFA par utilisateur.',
    },
    send: (mailbox: string) => `Envoyez ce message à ${mailbox}, l’adresse que donnent les instructions pour les partenaires en cas de problème d’activation de la MFA.`,
    copyIn: (whoCanEnforce: string) => `Mettez en copie la personne qui activera la MFA : ${whoCanEnforce}.`,
    afterTakeover: (unmanaged: string) => `${unmanaged} Écrivez au support MFA si l’activation de la MFA échoue encore une fois que le locataire a un administrateur.`,
  },
};
