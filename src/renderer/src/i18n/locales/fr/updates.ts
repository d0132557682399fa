import type { Catalog } from '../../catalog';
import type { updates as english } from '../en/updates';

/** Texte français du panneau et de l’avis de mise à jour. */
export const updates = {
  title: 'Mises à jour',
  intro:
    'Airledger recherche une nouvelle version au démarrage puis toutes les quatre heures, jamais pendant une synchronisation ou un export, et la télécharge en arrière-plan.',
  readFailed: 'L’état des mises à jour n’a pas pu être lu',
  actionFailed: 'L’opération n’a pas abouti',
  current: 'Airledger {{version}}',
  channel: {
    stable: 'Stable',
    beta: 'Bêta',
  },
  off: 'Mises à jour désactivées',
  pinnedBadge: 'Fixée à {{version}}',
  unavailable:
    'Cette copie d’Airledger ne se met pas à jour elle-même (mode navigateur, ligne de commande ou version de développement) : c’est l’application de bureau installée qui le fait. Les réglages de l’agence ci-dessous s’y appliquent.',
  neverChecked: 'Pas encore vérifié depuis le démarrage',
  lastCheck: 'Dernière vérification {{when}}',
  nextCheck: 'prochaine vérification {{when}}',
  checking: 'Recherche d’une mise à jour…',
  downloading: 'Téléchargement d’Airledger {{version}} : {{done}} Mo sur {{total}} Mo',
  downloadProgress: 'Progression du téléchargement',
  ready: 'Airledger {{version}} est prêt à être installé',
  checkNow: 'Vérifier maintenant',
  restart: {
    button: 'Redémarrer pour mettre à jour',
    open: 'Voir la mise à jour',
    confirmTitle: 'Redémarrer pour installer Airledger {{version}} ?',
    confirmText:
      'Airledger termine l’enregistrement en cours, arrête la synchronisation, ferme proprement l’espace de travail puis redémarre avec la nouvelle version. Rien n’est perdu ; les personnes connectées ici se reconnectent.',
    confirm: 'Redémarrer maintenant',
  },
  office: {
    title: 'Pour cette agence',
    formLabel: 'Réglages de mise à jour de l’agence',
    enabled: 'Rechercher les mises à jour automatiquement',
    channel: 'Canal',
    pin: 'Version fixée',
    pinHelp:
      'Laissez vide pour suivre le canal. Une agence fixée n’installe que cette version et ne revient jamais à une version plus ancienne.',
    pinInvalid: 'doit être une version comme 1.4.0 ou 1.5.0-beta.2',
    submit: 'Enregistrer les réglages',
    saved: 'Réglages de mise à jour enregistrés',
    savedText: 'Ils s’appliquent dès la prochaine vérification.',
    notSaved: 'Les réglages de mise à jour n’ont pas été enregistrés',
  },
} satisfies Catalog<typeof english>;
