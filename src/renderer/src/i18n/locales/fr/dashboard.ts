import type { Catalog } from '../../catalog';
import type { dashboard as english } from '../en/dashboard';

/** Texte français des écrans dashboard. */
export const dashboard = {
  screen: {
    title: 'Tableau de bord',
    connectionError: "La connexion à l'opérateur n'a pas pu être lue",
    figuresError: "Les chiffres du tableau de bord n'ont pas pu être lus",
    footnote:
      "Montants en {{currency}} ; crédit en valeur faciale dans les unités de l'opérateur. Les chiffres sont actualisés après chaque synchronisation.",
  },
  firstSteps: {
    operator: {
      eyebrow: 'Opérateur',
      headline: 'Aucun opérateur connecté pour le moment',
      text: "Les chiffres de stock, d'allocations et de ventes apparaissent ici dès qu'un compte opérateur est connecté. Connectez le vôtre sur l'écran Synchronisation, ou utilisez l'opérateur de démonstration ci-dessus.",
      action: "Connecter sur l'écran Synchronisation",
    },
    retailers: {
      eyebrow: 'Revendeurs',
      headline: 'Enregistrez vos revendeurs',
      text: 'Ajoutez des revendeurs un par un ou depuis un tableur, puis allouez-leur du crédit.',
      action: 'Revendeurs',
    },
  },
  percent: '{{value}} %',
  wholesale: {
    eyebrow: 'Stock de gros',
    captionNone: 'Aucun crédit acheté pour le moment',
    caption: 'Disponible à allouer chez {{operator}}',
    link: 'Opérateur et achats',
    operatorTotal: '{{operator}} : <amount/>',
    posted: 'Au grand livre (comptabilisé)',
    incoming: 'À recevoir (achats non confirmés)',
  },
  retailerStock: {
    eyebrow: 'Crédit détenu par les revendeurs',
    captionAt: 'Chez {{operator}}, dans les portefeuilles des revendeurs selon le grand livre',
    caption: 'Dans les portefeuilles des revendeurs, selon le grand livre',
    link: 'Revendeurs',
    none: "Aucun revendeur ne détient de crédit pour le moment : allouez-leur d'abord.",
    operatorTotal: '{{operator}} : <amount/>',
    holding: 'Revendeurs détenant du crédit',
    lowStock: "Au niveau ou sous leur seuil d'alerte de stock bas",
  },
  receivables: {
    eyebrow: 'Créances',
    caption_one: 'Dues par {{count, number}} revendeur',
    caption_many: 'Dues par {{count, number}} de revendeurs',
    caption_other: 'Dues par {{count, number}} revendeurs',
    link: 'Revendeurs',
    overdue: 'En retard (plus de {{days, number}} jours)',
    prepaid: "Versé d'avance (prépayé)",
  },
  sales: {
    eyebrow: 'Ventes du jour',
    caption_one: "{{count, number}} recharge remontée de l'opérateur aujourd'hui",
    caption_many: "{{count, number}} de recharges remontées de l'opérateur aujourd'hui",
    caption_other: "{{count, number}} recharges remontées de l'opérateur aujourd'hui",
    link: "Flux des ventes sur l'écran Synchronisation",
    byRetailers: 'Par les revendeurs',
    direct: 'En direct (votre propre guichet)',
  },
  actions: {
    eyebrow: 'Actions opérateur',
    inFlight: '{{count, number}} en cours',
    failed: '{{count, number}} en échec',
    caption: "En file ici ou en attente de la réponse de l'opérateur",
    link: 'File de synchronisation',
    purchases: 'Achats',
    allocations: 'Allocations',
    topups: 'Recharges directes',
    failedToRetry: 'En échec, à relancer ou abandonner',
  },
  approvals: {
    eyebrow: 'Approbations',
    headline: '{{count, number}} en attente',
    caption: 'Allocations retenues pour une seconde personne',
    link: 'Approbations',
    none: "Rien n'attend : les allocations au-dessus de votre seuil ou inhabituelles pour un revendeur attendraient ici.",
    some: "Une personne autre que l'agent qui l'a demandée approuve ou rejette chacune.",
  },
  stockChart: {
    title: 'Où se trouve le crédit',
    caption: 'Stock de gros disponible face au crédit dans les portefeuilles des revendeurs',
    captionLow:
      'Stock de gros disponible face au crédit dans les portefeuilles des revendeurs ({{count, number}} en stock bas)',
    empty: "Pas encore de crédit : achetez-en sur l'écran Opérateur et achats.",
    wholesale: 'Stock de gros (disponible)',
    held: 'Détenu par les revendeurs',
  },
  salesChart: {
    title: 'Ventes du jour par canal',
    caption: 'Valeur faciale vendue par les revendeurs et à votre propre guichet',
    empty:
      "Aucune vente remontée aujourd'hui : la prochaine synchronisation rapporte le flux des ventes de l'opérateur.",
    retailers: 'Revendeurs',
    direct: 'Direct',
  },
  shareDonut: {
    ariaLabel: '{{label}} : {{parts}}',
    part: '{{name}} {{value}}',
  },
  alerts: {
    title: 'À traiter',
    none: 'Rien à traiter : aucune action en échec, approbation en attente, stock bas ni somme à payer arrivée à échéance.',
  },
  workspace: {
    title: "État de l'espace de travail",
    summary: '{{distributor}} · Comptabilité tenue en {{currency}} · créé le {{date}}',
    encrypted: 'Chiffré',
    schema: 'Schéma {{version}}',
    verify: "Vérifier l'espace de travail",
    verifiedTitle: 'Espace de travail vérifié',
    verifiedMessage: "Le chiffrement, le schéma et l'intégrité du fichier sont en ordre.",
    failedTitle: 'Échec de la vérification',
  },
  upcoming: {
    notAvailable: 'Pas encore disponible dans cette version',
  },
} satisfies Catalog<typeof english>;
