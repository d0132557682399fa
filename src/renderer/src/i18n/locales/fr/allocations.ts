import type { Catalog } from '../../catalog';
import type { allocations as english } from '../en/allocations';

/** Texte français des écrans allocations. */
export const allocations = {
  screen: {
    title: 'Allocations',
    description:
      "Allouez du crédit aux revendeurs un par un ou depuis un tableur, et suivez chaque allocation jusqu'à sa confirmation par l'opérateur.",
    awaitingApproval: "{{count, number}} en attente d'approbation",
    connectionError: "La connexion à l'opérateur n'a pas pu être lue",
    noOperatorPurpose: "Les allocations déplacent le crédit chez l'opérateur.",
    tabs: {
      allocate: 'Allouer',
      approvals: 'Approbations',
    },
    allocateCard: {
      title: 'Allouer',
      description: "Du crédit du stock de gros vers le portefeuille d'un revendeur chez {{operator}}.",
    },
    bulkAllocation: 'Allocation groupée',
  },
  status: {
    queued: 'En file',
    inFlight: "Chez l'opérateur",
    confirmed: 'Confirmée',
    failed: 'Échouée',
    cancelled: 'Annulée',
  },
  approvalReason: {
    aboveThreshold: "Au-dessus du seuil d'approbation",
    unusualAmount: 'Inhabituelle pour ce revendeur',
  },
  approvalState: {
    awaitingApproval: "En attente d'approbation",
    approved: 'Approuvée',
    rejected: 'Rejetée',
  },
  form: {
    ariaLabel: 'Allouer',
    errors: {
      retailerRequired: 'choisissez le revendeur',
      noteTooLong: 'dépasse {{max, number}} caractères',
    },
    fields: {
      retailer: 'Revendeur',
      retailerPlaceholder: 'Rechercher par nom ou code',
      noRetailerMatches: 'Aucun revendeur ne correspond',
      amount: 'Montant',
      amountDescription: 'Valeur faciale du crédit en {{currency}}',
      note: 'Note',
      notePlaceholder: 'Fonds de roulement hebdomadaire, promotion…',
    },
    notifications: {
      heldTitle: "{{amount}} pour {{retailer}} en attente d'approbation",
      heldMessage: "Une seconde personne l'approuve sur l'écran Allocations.",
      allocatedTitle: '{{amount}} alloués à {{retailer}}',
      allocatedMessage:
        "Réservé dans le grand livre et mis en file ; la prochaine synchronisation l'envoie à l'opérateur.",
    },
    confirm: {
      title: 'Allouer {{amount}} à {{retailer}} ?',
      leaves:
        '<bold>{{amount}}</bold> quittent le stock de gros pour le portefeuille de {{retailer}} ({{code}}, partie {{party}}).',
      postpaid: 'Sa créance est débitée de la valeur faciale, dans la limite de son plafond de crédit.',
      prepaid: "Elle est payée sur ce que le revendeur a versé d'avance.",
      note: 'Note : {{note}}.',
      whatHappens:
        "Réservée dans le grand livre dès maintenant, envoyée à l'opérateur à la prochaine synchronisation ; soumise à l'approbation d'une seconde personne si elle dépasse le seuil d'approbation ou dépasse de loin le montant habituel du revendeur.",
      confirm: 'Allouer',
      back: 'Retour',
    },
    wholesaleAvailable: 'Stock de gros disponible',
    overStock: "Plus que le stock de gros disponible : achetez d'abord du crédit, ou allouez moins.",
    chooseRetailer: "Choisissez un revendeur pour voir ce qu'il détient et ce qu'il peut encore recevoir.",
    held: {
      title: "En attente d'approbation : {{amount}} pour {{retailer}}",
      nothingReserved:
        "Rien n'est réservé ni envoyé tant qu'une autre personne ne l'a pas approuvée sous Approbations.",
    },
    refusalTitle: 'Non allouée',
    submit: 'Allouer',
  },
  modal: {
    title: 'Allouer à {{retailer}}',
  },
  context: {
    status: 'Statut',
    onlyActive: 'Seul un revendeur actif peut recevoir une allocation de crédit.',
    onlyActiveBecause: 'Seul un revendeur actif peut recevoir une allocation de crédit ({{reason}}).',
    stockHeld: 'Crédit détenu (disponible)',
    noWallet: 'Aucun portefeuille lié chez cet opérateur',
    postpaidTerms: "doit jusqu'à son plafond de crédit",
    prepaidTerms: "paie avant l'allocation",
    owesNow: 'Doit actuellement',
    paidInAdvance: "Versé d'avance",
    creditAvailable: 'Crédit disponible',
    prepaidAvailable: 'Solde prépayé disponible',
    dailyLimit: 'Plafond journalier',
    noDailyLimit: 'Aucun',
    dailyLeft: '<left/> restants sur <limit/>',
  },
  drawer: {
    title: 'Allocation',
    rows: {
      to: 'Destinataire',
      amount: 'Montant',
      operatorSays: "Réponse de l'opérateur",
      clientReference: 'Référence client',
      note: 'Note',
      requestedBy: 'Demandée par',
      created: 'Créée',
      final: 'Finalisée',
      notYet: 'pas encore',
      pendingEntry: 'Écriture en attente',
      resolutionEntry: 'Écriture de dénouement',
      noResolutionEntry:
        "Aucune pour l'instant : la réservation tient jusqu'à ce que l'opérateur confirme, échoue ou annule.",
    },
    reversed: 'Contre-passé <amount/>',
    left: '· {{amount}} restants',
    reversible: "Confirmée par l'opérateur : elle peut être reprise au revendeur en cas d'erreur.",
    reverse: 'Contre-passer…',
  },
  reverse: {
    title: 'Contre-passer une allocation à {{who}}',
    theRetailer: 'le revendeur',
    ariaLabel: "Contre-passer l'allocation",
    errors: {
      reasonRequired: 'Indiquez le motif, en au moins {{min, number}} caractères',
    },
    queuedTitle: 'Reprise de {{amount}} auprès de {{who}} mise en file',
    queuedMessage:
      "La prochaine synchronisation l'envoie : l'opérateur reprend le crédit et la somme facturée est remboursée.",
    left: 'Alloué <allocated/> ; reste à contre-passer <left/>.',
    leftAfterReversals: 'Alloué <allocated/>, déjà contre-passé <reversed/> ; reste à contre-passer <left/>.',
    amount: 'Montant',
    amountDescription: 'Valeur faciale du crédit en {{currency}} ; au plus ce qui reste',
    reason: 'Motif',
    reasonDescription: "Conservé avec l'action opérateur, pour qui consultera plus tard",
    theAmount: 'Le montant',
    confirmation:
      "<what>{{what}}</what> revient du portefeuille de {{who}} vers le stock de gros. L'opération est mise en file maintenant et envoyée à l'opérateur à la prochaine synchronisation.",
    confirmationRefunded:
      "<what>{{what}}</what> revient du portefeuille de {{who}} vers le stock de gros, et la somme facturée à {{who}} est remboursée. L'opération est mise en file maintenant et envoyée à l'opérateur à la prochaine synchronisation.",
    notReversed: 'Non contre-passée',
    submit: 'Contre-passer',
  },
  list: {
    title: 'Allocations',
    description:
      'Chacune suit son action opérateur, de la mise en file à la confirmation. Ouvrez-en une pour voir sa référence et ses écritures.',
    retailer: 'Revendeur',
    anyRetailer: 'Tous les revendeurs',
    retailerFilter: 'Filtre par revendeur',
    noRetailerMatches: 'Aucun revendeur ne correspond',
    statusFilter: "Filtre par statut d'allocation",
    readError: "Les allocations n'ont pas pu être lues",
    emptyFiltered: 'Aucune allocation ne correspond à ces filtres.',
    empty: 'Aucune allocation pour le moment : allouez ci-dessus, ou depuis un fichier.',
    noun: 'allocations',
    total: 'Total <amount/>',
  },
  table: {
    label: 'Allocations',
    columns: {
      created: 'Créée le',
      retailer: 'Revendeur',
      status: 'Statut',
      amount: 'Montant',
      charged: 'Facturé',
      reason: "Réponse de l'opérateur / note",
    },
    reversed: 'Contre-passé {{amount}}',
  },
  recent: {
    title: 'Allocations récentes',
    inAll: "{{count, number}} au total sur l'écran Allocations",
    readError: "Les allocations n'ont pas pu être lues",
    empty: 'Aucune allocation à ce revendeur pour le moment.',
  },
  import: {
    title: 'Allocation groupée',
    columns: {
      row: 'Ligne',
      retailerCode: 'Code revendeur',
      retailer: 'Revendeur',
      amount: 'Montant',
      note: 'Note',
      problems: 'Problèmes',
    },
    fileTooLarge: '{{file}} dépasse {{size, number}} Mo : divisez-le en fichiers plus petits.',
    queuedTitle_one: '{{count, number}} allocation mise en file',
    queuedTitle_many: "{{count, number}} d'allocations mises en file",
    queuedTitle_other: '{{count, number}} allocations mises en file',
    queuedMessage: "{{amount}} depuis {{file}} ; la prochaine synchronisation les envoie à l'opérateur.",
    file: {
      label: "Fichier d'allocations",
      description: "CSV ou Excel (.xlsx), une allocation par ligne, jusqu'à {{size, number}} Mo",
      placeholder: 'Choisissez un fichier .csv ou .xlsx',
    },
    downloadTemplate: 'Télécharger un modèle CSV',
    hint: 'Colonnes : {{columns}}. Les montants sont en valeur faciale du crédit en {{currency}}, par ex. 250000. <download>Obtenir le modèle</download>.',
    checking: 'Vérification de chaque ligne de {{file}}…',
    refusalTitle: 'Non allouée',
    fileError: '{{file}} ne peut pas être alloué',
    onlyProblems: 'Uniquement les lignes avec des problèmes',
    tableLabel: 'Lignes du fichier',
    explanation: {
      nothingYet: "Rien n'est réservé ni mis en file tant que vous n'allouez pas.",
      ready: 'Toutes les lignes sont prêtes. Allouer les met toutes en file en une fois.',
      fixFile: 'Corrigez le fichier et choisissez-le à nouveau.',
      fixRows_one:
        'Tout ou rien : {{count, number}} ligne à corriger dans le fichier, puis choisissez-le à nouveau.',
      fixRows_many:
        'Tout ou rien : {{count, number}} de lignes à corriger dans le fichier, puis choisissez-le à nouveau.',
      fixRows_other:
        'Tout ou rien : {{count, number}} lignes à corriger dans le fichier, puis choisissez-le à nouveau.',
    },
    submit: 'Allouer',
    submitRows_one: 'Allouer {{count, number}} ligne',
    submitRows_many: 'Allouer {{count, number}} de lignes',
    submitRows_other: 'Allouer {{count, number}} lignes',
    figures: {
      rows: 'Lignes',
      ready: 'Prêtes',
      withProblems: 'Avec problèmes',
      total: 'Total, lignes prêtes',
      wholesale: 'Stock de gros disponible',
      left: 'Reste après le fichier',
    },
  },
  approvals: {
    readError: "Les approbations n'ont pas pu être lues",
    waiting: {
      title: "En attente d'approbation",
      description:
        "Les allocations au-dessus du seuil d'approbation, ou très au-dessus du montant habituel d'un revendeur, attendent une seconde personne. Celui ou celle qui l'a demandée ne peut pas l'approuver.",
      none: "Rien n'attend d'approbation.",
      toRetailer: 'pour {{retailer}}',
      askedBy: 'Demandée par {{name}} le {{date}}',
      askedByWithNote: 'Demandée par {{name}} le {{date}} · Note : {{note}}',
      approve: 'Approuver',
      reject: 'Rejeter',
      waitsForApprover: 'Attend un approbateur',
    },
    decided: {
      title: 'Décidées',
      none: 'Aucune approbation décidée pour le moment.',
      columns: {
        decided: 'Décidée le',
        retailer: 'Revendeur',
        amount: 'Montant',
        whyHeld: 'Motif de la retenue',
        decision: 'Décision',
        askedBy: 'Demandée par',
        decidedBy: 'Décidée par',
        note: 'Note',
      },
    },
  },
  decision: {
    approveTitle: 'Approuver {{amount}} pour {{retailer}} ?',
    rejectTitle: 'Rejeter {{amount}} pour {{retailer}} ?',
    errors: {
      noteTooLong: 'dépasse {{max, number}} caractères',
      reasonRequired: 'est obligatoire pour rejeter (au moins {{min, number}} caractères)',
    },
    approvedTitle: '{{amount}} pour {{retailer}} approuvés',
    approvedMessage:
      'Tous les contrôles sont à nouveau passés ; elle est réservée et mise en file pour la prochaine synchronisation.',
    rejectedTitle: '{{amount}} pour {{retailer}} rejetés',
    rejectedMessage: "Rien n'a été réservé ni envoyé. L'agent peut demander une nouvelle allocation.",
    askedBy: 'Demandée par {{name}} pour {{retailer}} ({{code}}).',
    approveHint:
      "Approuver refait tous les contrôles (stock, crédit, plafond journalier, statut) et met l'allocation en file pour l'opérateur.",
    rejectHint: "Rejeter clôt la demande : rien n'est réservé ni envoyé.",
    note: 'Note',
    reason: 'Motif',
    noteDescription: 'Facultative, conservée avec la décision',
    reasonDescription: "Conservé avec la décision ; l'agent le voit",
    notApproved: 'Non approuvée',
    notRejected: 'Non rejetée',
    approve: 'Approuver',
    reject: 'Rejeter',
  },
  replenishment: {
    noneTitle: "Aucun revendeur n'a besoin de réapprovisionnement",
    queuedTitle_one: 'Réapprovisionnement automatique mis en file pour {{count, number}} revendeur',
    queuedTitle_many: 'Réapprovisionnement automatique mis en file pour {{count, number}} de revendeurs',
    queuedTitle_other: 'Réapprovisionnement automatique mis en file pour {{count, number}} revendeurs',
    noneMessage:
      "Chaque revendeur doté d'une règle détient au moins son seuil de déclenchement, ou a été refusé dans l'heure.",
    noneRefused: 'Aucun refus ; la prochaine synchronisation envoie ce qui a été mis en file.',
    someRefused_one:
      '{{count, number}} revendeur refusé (voir les alertes du tableau de bord) ; la prochaine synchronisation envoie ce qui a été mis en file.',
    someRefused_many:
      '{{count, number}} de revendeurs refusés (voir les alertes du tableau de bord) ; la prochaine synchronisation envoie ce qui a été mis en file.',
    someRefused_other:
      '{{count, number}} revendeurs refusés (voir les alertes du tableau de bord) ; la prochaine synchronisation envoie ce qui a été mis en file.',
    failedTitle: "Le réapprovisionnement automatique n'a pas pu s'exécuter",
    tooltip:
      "Complète dès maintenant jusqu'à sa cible chaque revendeur sous son seuil de déclenchement. S'exécute aussi après chaque synchronisation.",
    run: 'Lancer le réapprovisionnement automatique',
  },
} satisfies Catalog<typeof english>;
