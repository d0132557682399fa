import type { Catalog } from '../../catalog';
import type { session as english } from '../en/session';

/** Texte français des écrans de session (connexion, mot de passe, compte). */
export const session = {
  signIn: {
    title: 'Connexion',
    formLabel: 'Connexion',
    endedTitles: {
      signedOut: 'Déconnecté',
      sessionExpired: 'Session verrouillée',
      userDisabled: 'Compte désactivé',
      passwordChangeRequired: 'Nouveau mot de passe requis',
      setupRequired: 'Aucun compte pour l’instant',
    },
    demo: 'Espace de démonstration : connectez-vous en tant que {{usernames}} avec le mot de passe {{password}}',
    listOr: '{{init}} ou {{last}}',
    failed: 'Connexion refusée',
    username: 'Nom d’utilisateur',
    password: 'Mot de passe',
    submit: 'Se connecter',
    errors: {
      required: 'est obligatoire',
    },
  },
  setUp: {
    title: 'Créer le compte administrateur',
    intro:
      'Chaque personne qui utilise cet espace de travail se connecte avec son propre compte. Ce premier compte en est l’administrateur : il ajoute les autres et leur attribue leurs rôles dans Paramètres.',
    notCreated: 'Le compte n’a pas été créé',
    formLabel: 'Créer le compte administrateur',
    username: 'Nom d’utilisateur',
    usernameHint: 'Ce que vous saisissez pour vous connecter : lettres, chiffres, points, tirets',
    fullName: 'Nom complet',
    fullNameHint: 'Affiché sur ce que vous enregistrez et approuvez',
    password: 'Mot de passe',
    passwordHint: 'Au moins {{min}} caractères',
    repeatPassword: 'Confirmer le mot de passe',
    submit: 'Créer l’administrateur et se connecter',
  },
  changePassword: {
    formLabel: 'Changer le mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint: 'Au moins {{min}} caractères, sans contenir votre nom d’utilisateur',
    repeatNewPassword: 'Confirmer le nouveau mot de passe',
    failed: 'Mot de passe non modifié',
    submit: 'Changer le mot de passe',
  },
  changePasswordScreen: {
    title: 'Choisissez un nouveau mot de passe',
    subtitle: '{{displayName}} ({{username}})',
    explanation:
      'Votre mot de passe a été défini par un administrateur. Saisissez-le encore une fois, puis choisissez-en un que vous seul connaissez.',
    notYou: 'Vous n’êtes pas {{displayName}} ? Se déconnecter',
  },
  accountMenu: {
    label: 'Menu du compte',
    wholeNetwork: 'Tout le réseau',
    branch: 'Agence',
    namedBranch: '{{name}} — agence',
    changePassword: 'Changer le mot de passe',
    signOut: 'Se déconnecter',
    modalTitle: 'Changer le mot de passe',
    passwordChanged: {
      title: 'Mot de passe modifié',
      message: 'Utilisez le nouveau mot de passe lors de votre prochaine connexion.',
    },
  },
  gate: {
    unknownUser: 'Airledger ne parvient pas à savoir qui est connecté',
    signOutUnconfirmed: {
      title: 'Déconnecté de cette fenêtre',
      message:
        'Le serveur n’a pas confirmé la fin de la session ({{reason}}) ; elle se verrouille d’elle-même après une période d’inactivité.',
    },
  },
  branch: {
    named: '{{name}} — agence {{code}}',
    unnamed: 'Agence {{code}}',
    ofNamed: 'l’agence de {{code}} ({{name}})',
    ofUnnamed: 'l’agence de {{code}}',
  },
  roles: {
    administrator: 'Administrateur',
    clerk: 'Agent de saisie',
    approver: 'Approbateur',
    accountant: 'Comptable',
    auditor: 'Auditeur',
  },
  rolesSeparator: ', ',
  repeatedPassword: {
    mismatch: 'ne correspond pas au mot de passe ci-dessus',
  },
} satisfies Catalog<typeof english>;
