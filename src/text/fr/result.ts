import type { CatalogWords } from '../catalog';

/** The seed: "Microsoft will respond to Web Form submissions within 24 hours." */
export const WEB_FORM_ANSWER = 'Microsoft répond aux demandes envoyées par formulaire web sous 24 heures.';

/** When the lookups cannot tell whether a personal account shares the address (federated or throttled, and the user realm did not say). */
const PERSONAL_UNKNOWN =
  ' Microsoft n’a pas pu dire non plus si un compte Microsoft personnel utilise la même adresse : si la page de connexion vous demande quel compte utiliser, choisissez « Compte professionnel ou scolaire » (Work or school account).';

/** The verdict cards: what a check found and what to do about it. */
export const result: CatalogWords['result'] = {
  detailsButton: 'Détails',
  checkedAt: 'Vérifié le',
  address: 'Adresse',
  domain: 'Domaine',
  tenant: 'Locataire',
  domainType: 'Type de locataire',
  domainTypes: {
    managed: 'Géré',
    federated: 'Fédéré (son propre service de connexion)',
    unmanaged: 'Non géré (« viral »)',
    unknown: 'Aucun locataire Microsoft trouvé',
  },
  actions: {
    checkAnother: 'Vérifier une autre adresse',
    mfa: 'Vérifier si la MFA est prête',
    retry: 'Réessayer',
    useWork: 'Vérifier mon compte professionnel',
    cannotTakeOver: 'Je ne peux pas prendre le contrôle',
    signUp: 'Créer un compte professionnel',
  },
  ready: {
    title: 'Ce compte est prêt pour le VLSC',
    unconfirmedTitle: 'Le bon type de compte, mais cette adresse n’est pas confirmée',
    summary: (address: string, tenant: string) =>
      `${address} est un compte professionnel ou scolaire de ${tenant}, un locataire Microsoft Entra géré. C’est le type de compte qu’exige le VLSC : continuez à vous connecter avec lui.`,
    /** Managed domain whose lookups answer "exists" for anything just now: only the domain is known. */
    unconfirmed: (address: string, domain: string, tenant: string) =>
      `${domain} appartient à ${tenant}, un locataire Microsoft Entra géré : le type qu’exige le VLSC. En ce moment, Microsoft répond « existe » pour n’importe quelle adresse de ce domaine, je ne peux donc pas confirmer que ${address} existe : connectez-vous avec cette adresse et, si la connexion est refusée, vérifiez l’orthographe ou demandez à votre service informatique.`,
    federated: (address: string, domain: string, tenant: string) =>
      `${domain} appartient à ${tenant}, qui se connecte par son propre fournisseur d’identité (un domaine fédéré) : le type qu’exige le VLSC. Microsoft répond « existe » pour toute adresse d’un domaine fédéré, je ne peux donc pas confirmer que ${address} existe : connectez-vous avec cette adresse et, si la connexion est refusée, vérifiez l’orthographe ou demandez à votre service informatique.`,
    next: 'Ensuite : Volume Licensing Central exige l’authentification multifacteur (MFA) depuis le 5 janvier 2026. Vérifiez que vous et votre organisation êtes prêts.',
    help: 'Des questions, ou la connexion échoue toujours ? Demandez à votre admin ou à votre support informatique.',
  },
  /** When Microsoft's lookup cannot tell whether this exact address exists (see diagnosis addressConfirmed). */
  unconfirmed: {
    heading: 'Cette adresse précise n’est pas confirmée',
    federated: (address: string, personalAccount: boolean | null) =>
      `Pour un domaine fédéré, Microsoft répond « existe » pour toute adresse, je ne peux donc pas confirmer que ${address} existe. Connectez-vous avec cette adresse ; si la connexion est refusée, vérifiez l’orthographe ou demandez à votre service informatique.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
    busy: (address: string, domain: string, personalAccount: boolean | null) =>
      `En ce moment, la recherche de Microsoft répond « existe » pour n’importe quelle adresse de ${domain}, même inventée (elle le ferait quand elle est limitée en débit), je ne peux donc pas confirmer que ${address} existe. Connectez-vous avec cette adresse ; si la connexion est refusée, vérifiez l’orthographe ou demandez à votre service informatique, ou vérifiez de nouveau dans quelques minutes.${personalAccount === null ? PERSONAL_UNKNOWN : ''}`,
  },
  chooseWork: {
    title: 'Choisissez « Compte professionnel ou scolaire » à la connexion',
    /** `confirmed`: Microsoft confirmed the work account for this exact address (see diagnosis addressConfirmed). */
    summary: (address: string, domain: string, tenant: string, federated: boolean, confirmed: boolean) =>
      confirmed
        ? `${address} existe deux fois : comme compte professionnel ou scolaire de ${tenant} (${federated ? 'fédéré' : 'géré'}) et comme compte Microsoft personnel. Quand le VLSC ou la page de connexion Microsoft vous demande lequel utiliser, choisissez « Compte professionnel ou scolaire » (Work or school account).`
        : `Un compte Microsoft personnel utilise ${address}, et les adresses de ${domain} sont des comptes professionnels ou scolaires de ${tenant} (${federated ? 'fédéré' : 'géré'}) ; Microsoft n’a pas pu confirmer de compte professionnel pour cette adresse précise. Quand le VLSC ou la page de connexion Microsoft vous demande lequel utiliser, choisissez « Compte professionnel ou scolaire » (Work or school account).`,
    why: 'Un compte Microsoft personnel n’a droit qu’à un nombre limité de connexions au VLSC ; c’est le compte professionnel que le VLSC exige.',
  },
  personal: {
    title: 'C’est un compte Microsoft personnel',
    help: 'Vous ne savez pas quel compte utiliser ? Demandez à votre admin ou à votre support informatique.',
    /** The address's domain already has a managed or federated tenant: its organisation gives work accounts. */
    organisation: {
      next: (domain: string, tenant: string) =>
        `Votre organisation a déjà un locataire Microsoft Entra, l’annuaire qu’utilise Microsoft 365 (${domain} appartient à ${tenant}) : connectez-vous au VLSC avec votre compte professionnel de ce locataire, ou demandez-en un à ses admins.`,
      admins: (names: readonly string[]) => `Ses admins, qui peuvent vous créer un compte professionnel : ${names.join(', ')}.`,
      askAdmins: 'Ses admins peuvent vous créer un compte professionnel : « Qui est mon admin ? » les trouve.',
      /** The domain's tenant is not the one the person uses Teams with: the bot can list neither its admins nor reach them. */
      otherOrganisation: (domain: string) =>
        `Le service informatique qui gère ${domain} peut vous créer un compte professionnel. Ce n’est pas l’organisation avec laquelle vous utilisez Teams, je ne peux donc pas lister ses admins ; votre propre admin ou votre support informatique peut vous aider à les joindre.`,
    },
    summary: (address: string) =>
      `${address} est un compte Microsoft personnel. Le VLSC accepte encore les comptes personnels pour un nombre limité de connexions, afin que vous ayez le temps de passer au compte professionnel ou scolaire qu’il exige. Commencez à en utiliser un dès que possible.`,
    chosenSummary:
      'Le VLSC accepte encore les comptes Microsoft personnels pour un nombre limité de connexions, afin que vous ayez le temps de passer au compte professionnel ou scolaire qu’il exige. Commencez à en utiliser un dès que possible.',
    haveWork: {
      heading: 'Vous avez déjà un compte professionnel',
      text: (upn: string) =>
        `Votre organisation utilise Microsoft 365 (vous l’utilisez pour Teams), vous avez donc déjà un compte professionnel : ${upn}. Connectez-vous au VLSC avec ce compte et choisissez « Compte professionnel ou scolaire » (Work or school account). S’il ne doit pas servir pour le VLSC, demandez-en un à votre service informatique.`,
    },
    maybeWork: {
      heading: 'Si votre organisation utilise Microsoft 365',
      text: 'Si votre entreprise ou votre école utilise Microsoft 365 ou un autre service en ligne Microsoft, vous avez probablement déjà un compte professionnel ou scolaire. Essayez l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail, ou demandez à votre service informatique.',
    },
    signUp: {
      button: 'Comment créer un compte',
      heading: 'Sinon, créez un nouveau compte professionnel ou scolaire',
      steps: [
        'Allez sur la page d’inscription (Sign Up) et créez un nouveau compte professionnel ou scolaire. Vous n’avez pas besoin de vous abonner à un service en ligne ; vous pourrez ajouter des services au même locataire plus tard si vous le souhaitez.',
        'Votre nouveau compte peut ressembler à yourusername@yourcompany.onmicrosoft.com. C’est normal.',
        'Si vous avez votre propre nom de domaine (comme yourcompany.com), vous pourrez l’ajouter plus tard dans la console d’administration.',
      ],
    },
  },
  takeover: {
    title: 'Votre compte VLSC est dans un locataire non géré (« viral »)',
    summary: (address: string, domain: string, confirmed: boolean) =>
      `${confirmed ? `${address} appartient à ${domain}, un` : `Les adresses de ${domain} appartiennent à un`} locataire Microsoft Entra sans administrateur (un locataire non géré ou « viral »).${confirmed ? '' : ` Je ne peux pas confirmer que ${address} existe : en ce moment, Microsoft répond « existe » pour n’importe quelle adresse de ce domaine.`} Le VLSC exige désormais des locataires gérés : prenez le contrôle du locataire en prouvant que vous possédez ${domain} (option 1), ou passez à un nouveau compte professionnel (option 2).`,
    next: 'En attendant, le VLSC vous accorde un nombre limité de connexions restantes : choisissez Ignorer (Skip) dans son message pendant que vous vous préparez.',
    help: 'Qui peut aider : votre administrateur informatique ou réseau (la personne qui administre votre domaine) peut effectuer la prise de contrôle. Le support VLSC ne peut pas modifier votre locataire à votre place.',
    whatIs: {
      heading: 'Qu’est-ce qu’un locataire non géré ?',
      text: 'Un locataire sans administrateur général. Il apparaît quand des personnes s’inscrivent à un service cloud et qu’une identité leur est créée automatiquement à partir de leur domaine de messagerie. Le VLSC acceptait ces comptes, mais il exige désormais des locataires gérés, pour que le même identifiant fonctionne sur tous les sites vers lesquels les fonctionnalités de licences en volume sont transférées.',
    },
    option1: {
      button: 'Option 1 : prendre le contrôle',
      heading: 'Option 1 — prendre le contrôle du locataire et garder votre adresse',
      verify: (domain: string) =>
        `Vous, ou l’administrateur informatique ou réseau de votre organisation, vérifiez que vous possédez ${domain} en confirmant un enregistrement DNS TXT auprès du bureau d’enregistrement du nom de domaine (par exemple GoDaddy).`,
      alternativesHeading: 'Puis l’une de ces deux possibilités',
      /** Internal and external takeover are alternatives, not consecutive steps. */
      alternatives: [
        '- **Prise de contrôle interne** : la personne qui vérifie le domaine devient l’administrateur général du locataire. Aucun utilisateur, domaine ou plan de service n’est migré vers un autre annuaire. (Devenir administrateur général ne l’oblige pas à gérer les licences dans le VLSC.)',
        '- **Prise de contrôle externe** : un administrateur général d’un locataire géré existant ajoute le nom de domaine et associe les utilisateurs aux ressources. Les utilisateurs, abonnements et attributions de licences du locataire non géré sont transférés avec le domaine. Microsoft la prend en charge pour Azure Rights Management et Exchange Online, et pour les plans de service Power Apps Free, Power Automate Free, RMS for individuals, Microsoft Stream et la version d’évaluation gratuite de Dynamics 365 ; elle n’est pas prise en charge quand le locataire non géré a des plans de service qui incluent SharePoint, OneDrive ou Skype Entreprise (par exemple via un abonnement Office gratuit).',
      ].join('\n'),
      /** The person's Teams tenant, when it differs from the unmanaged one: it can do the external takeover. */
      ownTenant: (ownTenant: string) =>
        `Vous utilisez Teams avec un locataire géré (${ownTenant}). S’il appartient à votre organisation, celle qui possède le domaine, ses administrateurs généraux peuvent effectuer la prise de contrôle externe (ils prouvent la possession du domaine par le même enregistrement DNS TXT), si le locataire non géré n’a aucun de ces plans de service.`,
      afterwards: 'Quand le locataire a un administrateur, continuez à vous connecter au VLSC avec votre compte actuel.',
      tip: 'Vous pouvez préférer demander à votre administrateur informatique ou réseau (la personne qui administre votre domaine) d’effectuer la prise de contrôle. Cela ne l’oblige pas à administrer le VLSC ni à acheter un abonnement. Le support VLSC ne peut pas modifier votre locataire à votre place.',
    },
    option2: {
      button: 'Option 2 : un nouveau compte',
      heading: 'Option 2 — créer un nouveau compte …onmicrosoft.com',
      intro: 'Une bonne solution si vous n’avez besoin de ce compte que pour le VLSC, ou si vous ne pouvez pas prouver maintenant que vous possédez le domaine. Vous pouvez le faire sans avoir à téléphoner au support VLSC, et chaque étape prend quelques minutes, mais vous devrez peut-être attendre jusqu’à 2 jours ouvrés avant de pouvoir vous connecter avec le nouveau compte.',
      steps: (address: string) => [
        `Envoyez une demande par formulaire web au support VLSC pour dissocier votre compte VLSC actuel de ${address} et vous inviter à vous inscrire de nouveau. (Pour le Canada et les États-Unis, utilisez le formulaire web N. America MAK ADD.) ${WEB_FORM_ANSWER}`,
        'Ne vous connectez PAS au VLSC tant que le support VLSC n’a pas confirmé que la dissociation est terminée.',
        'Allez sur la page d’inscription (Sign Up) et créez un nouveau compte professionnel ou scolaire (par exemple user@yourcompany.onmicrosoft.com) dont vous êtes l’administrateur. Aucun enregistrement DNS TXT n’est nécessaire pour ce type de domaine. Notez l’identifiant.',
        'Une fois la confirmation du support VLSC reçue, revenez sur le VLSC, choisissez « Se connecter avec un compte professionnel ou scolaire » (Sign in with a Work or School Account) et saisissez le nouveau compte.',
      ],
      tip: 'Avant de déployer des services en ligne comme Office 365, votre organisation devrait prendre le contrôle de ce nouveau locataire et le lier à son propre domaine personnalisé.',
    },
    skip: {
      button: 'Pas encore prêt ? Ignorer (Skip)',
      heading: 'Pas encore prêt ? Ignorer (Skip)',
      text: (address: string) =>
        `Tant qu’il vous reste des connexions, choisissez Ignorer (Skip) dans le message du VLSC et continuez à vous connecter avec votre compte actuel : utile pendant que vous, ou quelqu’un de votre organisation, préparez la prise de contrôle. S’il ne vous reste aucune connexion et qu’il vous faut plus de temps, demandez au support VLSC d’ajouter des sessions de connexion supplémentaires à ${address}. ${WEB_FORM_ANSWER}`,
    },
    blockerQuestion: 'Vous ne pouvez pas prendre le contrôle du locataire ? Dites-moi ce qui vous en empêche :',
  },
  blockers: {
    'no-admin': {
      button: 'Je ne trouve pas mon admin',
      title: 'Vous ne parvenez pas à identifier votre administrateur informatique',
      text: 'Dans les grandes organisations, c’est en général un numéro de support informatique ; les plus petites confient parfois l’informatique à un prestataire.',
    },
    'no-domain-proof': {
      button: 'Je ne peux prouver le domaine',
      title: 'Vous ne pouvez pas prouver que vous possédez le domaine',
      text: 'Vos administrateurs informatiques le savent ou ont accès à ces informations, qui viennent de votre fournisseur d’accès à Internet ou de votre bureau d’enregistrement de domaine.',
    },
    'restricted-domain': {
      button: 'Domaine restreint ou récupéré',
      title: 'Votre compte appartient à un domaine restreint ou récupéré',
      text: 'Ce paramètre est défini par l’administrateur de votre organisation. Un compte professionnel distinct du locataire de votre organisation peut être nécessaire.',
    },
    steer: 'Dans ce cas, créez plutôt un nouvel identifiant : ouvrez l’option 2 ci-dessous.',
    help: 'Toujours bloqué ? Demandez à votre admin ou à votre support informatique.',
  },
  noAccount: {
    title: 'Aucun compte Microsoft trouvé pour cette adresse',
    summary: (address: string) =>
      `Microsoft ne connaît aucun compte professionnel ou scolaire ni aucun compte Microsoft personnel pour ${address}. C’est peut-être une faute de frappe, ou il n’existe pas encore de compte.`,
    tenantExists: (domain: string) =>
      `${domain} a bien un locataire Microsoft Entra : vérifiez l’orthographe ou demandez votre nom de connexion à votre service informatique.`,
    workSignIn: 'Si votre entreprise ou votre école utilise Microsoft 365 ou un autre service en ligne Microsoft, vous avez probablement déjà un compte professionnel ou scolaire : essayez l’identifiant et le mot de passe que vous utilisez pour vous connecter au travail.',
    signUp: 'Si vous n’avez pas encore de compte professionnel ou scolaire, vous pouvez en créer un sur la page d’inscription (Sign Up), sans vous abonner à aucun service en ligne.',
    help: 'Vous n’êtes pas sûr de votre nom de connexion ? Demandez à votre admin ou à votre support informatique.',
  },
  invalid: {
    title: 'Je ne peux pas vérifier cette adresse',
    next: 'Vérifiez l’orthographe et réessayez.',
  },
  failed: {
    title: 'Je n’ai pas pu terminer la vérification',
    summary: 'Je n’ai pas pu joindre le service de connexion de Microsoft pour l’instant, je ne peux donc pas dire de quel type de compte il s’agit. Réessayez dans une minute.',
    help: 'Toujours en échec ? Demandez à votre admin ou à votre support informatique : « Détails pour l’informatique » contient ce dont ils ont besoin.',
    detailsButton: 'Détails pour l’informatique',
    technical: (source: string, detail: string) => `Le service « ${source} » de Microsoft n’a pas répondu correctement (${detail}).`,
    manualHeading: 'Vérifiez vous-même',
    manual: 'Ouvrez la réponse user realm ci-dessous dans un navigateur. Si elle contient "IsViral": true, le compte est dans un locataire non géré et une prise de contrôle est nécessaire.',
    realmLink: 'Ouvrir la réponse user realm',
    sources: { 'user-realm': 'user realm', 'credential-type': 'recherche de compte', 'openid-configuration': 'configuration du locataire' },
  },
};
