import type { Catalog } from '../../catalog';
import type { shell as english } from '../en/shell';

/** Texte français du cadre de la fenêtre : navigation, en-tête, barre d’état et éléments communs. */
export const shell = {
  nav: {
    dashboard: {
      label: 'Tableau de bord',
      purpose: 'L’espace de travail en un coup d’œil.',
    },
    operator: {
      label: 'Opérateur et achats',
      purpose:
        'Connecter le compte opérateur, acheter du crédit en gros et suivre chaque commande jusqu’à ce que l’opérateur la crédite.',
    },
    retailers: {
      label: 'Revendeurs',
      purpose:
        'Enregistrer les revendeurs et sous-distributeurs, fixer leurs conditions et plans de commission, et voir leurs soldes.',
    },
    allocations: {
      label: 'Allocations',
      purpose:
        'Allouer du crédit aux revendeurs un par un ou depuis un tableur, avec approbation au-delà de votre seuil.',
    },
    sales: {
      label: 'Ventes',
      purpose: 'Les recharges faites par les revendeurs et par votre propre guichet, reçues de l’opérateur.',
    },
    reports: {
      label: 'Rapports',
      purpose:
        'Ventes des revendeurs, commissions à verser, clients acquis, mouvements de crédit et rapprochement.',
    },
    settlements: {
      label: 'Règlements',
      purpose:
        'Clôturer les périodes de règlement, approuver les relevés et exporter un classeur Excel par revendeur.',
    },
    sync: {
      label: 'Synchronisation',
      purpose:
        'Ce qui attend d’être envoyé à l’opérateur, ce qui est revenu et ce qui demande votre attention.',
    },
    ledger: {
      label: 'Grand livre',
      purpose: 'Comptes et soldes, relevés, écritures et contrôle du grand livre.',
    },
    audit: {
      label: 'Audit',
      purpose:
        'Qui a changé quoi, quand et d’où, y compris les tentatives refusées ; filtré, exporté, vérifié.',
    },
    settings: {
      label: 'Paramètres',
      purpose: 'Règles d’approbation, plans de commission, apparence et espace de travail.',
    },
  },
  layout: {
    toggleNavigation: 'Afficher ou masquer la navigation',
    mainNavigation: 'Navigation principale',
  },
  branch: {
    yourRetailers: 'Les revendeurs de votre agence',
    outsideTitle: 'Hors de votre agence',
    oneBranch: 'une seule agence',
    outsideText:
      '{{name}} travaille uniquement sur {{branch}}. L’écran {{screen}} concerne tout le réseau : il reste au siège.',
  },
  theme: {
    toDark: 'Passer au thème sombre',
    toLight: 'Passer au thème clair',
  },
  copy: {
    copy: 'Copier',
    copied: 'Copié',
  },
  dates: {
    created: 'Créé',
    anyDay: 'Toutes les dates',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    chooseMonth: 'Choisir un mois',
  },
  errorBoundary: {
    title: 'Cet écran n’a pas pu être affiché',
    text: 'Rien n’a été modifié : votre espace de travail est intact. Réessayez et, si cela se reproduit, envoyez ce message au support.',
    reload: 'Recharger l’application',
  },
  import: {
    ready: 'Prêt',
  },
  pagination: {
    none: '0 {{noun}}',
    range: '{{first}}–{{last}} sur {{total}} {{noun}}',
  },
  detail: {
    openEntry: 'Ouvrir l’écriture',
  },
  table: {
    sortBy: 'Trier par {{column}}',
  },
  status: {
    noOperator: 'Aucun opérateur connecté',
    operator: {
      connected: '{{id}} connecté',
      offline: '{{id}} injoignable',
      refused: '{{id}} a refusé nos identifiants',
    },
    syncingOpen_one: 'Synchronisation · {{count}} action en cours',
    syncingOpen_many: 'Synchronisation · {{count}} d’actions en cours',
    syncingOpen_other: 'Synchronisation · {{count}} actions en cours',
    syncing: 'Synchronisation…',
    waiting_one: '{{count}} action en attente de synchronisation',
    waiting_many: '{{count}} d’actions en attente de synchronisation',
    waiting_other: '{{count}} actions en attente de synchronisation',
    queueEmpty: 'File vide',
    syncOff: 'Synchronisation désactivée',
    encryptedAt: 'Espace de travail chiffré dans {{folder}}',
    desktop: 'bureau',
    browserMode: 'mode navigateur',
  },
  missingSecret: {
    title: 'Ouvrez Airledger depuis l’adresse qu’il a affichée',
    text: 'Le mode navigateur ne répond qu’à l’onglet ouvert depuis l’adresse affichée par <code>airledger serve</code> (ou <code>npm start</code>), car cette adresse porte le secret de ce lancement.',
  },
} satisfies Catalog<typeof english>;
