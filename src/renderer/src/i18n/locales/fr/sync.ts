import type { Catalog } from '../../catalog';
import type { sync as english } from '../en/sync';

/** Texte français des écrans sync. */
export const sync = {
  screen: {
    title: 'Synchronisation',
    description:
      "Ce qui attend d'être envoyé à l'opérateur, ce qui en est revenu et ce qui demande votre attention.",
    errors: {
      connection: "La connexion à l'opérateur n'a pas pu être lue",
      status: "L'état de la synchronisation n'a pas pu être lu",
    },
  },
  notConnected: {
    connectTitle: 'Connectez votre opérateur',
    connectDescription:
      "L'API TMF654 Prepay Balance Management de l'opérateur, avec les identifiants client qu'il vous a fournis.",
    emptyTitle: 'Aucun opérateur connecté',
    emptyText:
      "La file des achats et des allocations, le dernier relevé des ventes et des soldes et le rapprochement s'affichent ici dès qu'un compte opérateur est connecté.",
  },
  labels: {
    connection: {
      connected: 'Connecté',
      offline: 'Hors ligne',
      refused: 'Refusé',
      notConfigured: 'Non configuré',
    },
    actionKind: {
      purchase: 'Achat',
      allocation: 'Allocation',
      directTopup: 'Recharge directe',
      allocationReversal: "Annulation d'allocation",
    },
    actionState: {
      queued: 'En file',
      sending: 'Envoi en cours',
      unknown: 'Vérification du résultat',
      awaiting: "En attente de l'opérateur",
      cancelling: 'Annulation en cours',
      confirmed: 'Confirmée',
      failed: 'À traiter',
      cancelled: 'Annulée',
    },
    phase: {
      sending: 'Envoi des opérations en file',
      settling: "En attente de la confirmation de l'opérateur",
      pullingSales: 'Relevé du flux des ventes',
      pullingBalances: 'Relevé des soldes des portefeuilles',
      done: 'Finalisation',
    },
    outcome: {
      completed: 'Terminée',
      cancelled: 'Annulée',
      offline: 'Opérateur hors ligne',
      failed: 'Échec',
    },
    trigger: {
      manual: 'lancée ici',
      schedule: 'planifiée',
      cli: 'depuis la ligne de commande',
    },
    reconciliationStatus: {
      matched: 'Rapproché',
      explained: 'Expliqué',
      unexplained: 'Inexpliqué',
      notPulled: 'Non relevé',
    },
    differenceCause: {
      pendingLocally: 'En attente ici',
      unknownToUs: 'Inconnu chez nous',
      notYetBooked: 'Pas encore comptabilisé',
    },
  },
  target: {
    wholesaleStock: 'Stock de gros',
    toRetailer: 'à {{name}} ({{partyId}})',
    backFromRetailer: 'depuis {{name}} ({{partyId}})',
    toRetailerId: 'au revendeur {{partyId}}',
    backFromRetailerId: 'depuis le revendeur {{partyId}}',
    toLine: 'pour la ligne {{msisdn}}',
    intoWholesaleStock: 'vers le stock de gros',
  },
  age: {
    seconds: '{{seconds}} s',
    minutes: '{{minutes}} min',
    hours: '{{hours}} h',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    days: '{{days}} j',
    daysHours: '{{days}} j {{hours}} h',
  },
  drawer: {
    title: 'Opération opérateur',
    rows: {
      amount: 'Montant',
      to: 'Destinataire',
      actionId: "Id de l'opération",
      clientReference: 'Référence client',
      attempt: 'Tentative',
      operatorAction: "Opération chez l'opérateur",
      operatorStatus: "Statut chez l'opérateur",
      operatorSays: "Réponse de l'opérateur",
      checks: 'Vérifications',
      note: 'Note',
      requestedBy: 'Demandée par',
      created: 'Créée',
      updated: 'Mise à jour',
      final: 'Finalisée',
      pendingEntry: 'Écriture en attente',
      resolutionEntry: 'Écriture de résolution',
    },
    targetWithDetail: '{{label}} ({{detail}})',
    checksValue: '{{checks}} ; prochaine le {{next}}',
    createdValue: '{{at}} (il y a {{age}})',
    notYet: 'pas encore',
    openEntry: "Ouvrir l'écriture",
    noResolution:
      "Aucune pour l'instant : la réservation est maintenue jusqu'à ce que l'opérateur confirme, échoue ou annule.",
    retry: 'Relancer…',
    checkNow: 'Vérifier maintenant…',
    cancel: 'Annuler…',
  },
  table: {
    label: 'Opérations opérateur',
    columns: {
      age: 'Âge',
      kind: 'Type',
      amount: 'Montant',
      to: 'Destinataire',
      state: 'État',
      attempt: 'Essai',
      clientReference: 'Référence client',
      operatorSays: "Réponse de l'opérateur",
    },
    createdAt: 'Créée le {{at}}',
    copyReference: 'Copier la référence client',
    retry: 'Relancer',
    checkNow: 'Vérifier maintenant',
    cancel: 'Annuler',
  },
  commands: {
    back: 'Retour',
    doneMessage: 'Référence client {{reference}}',
    check: {
      confirm: 'Vérifier à la prochaine synchronisation',
      title: {
        purchase: 'Vérifier cet achat maintenant ?',
        allocation: 'Vérifier cette allocation maintenant ?',
        directTopup: 'Vérifier cette recharge directe maintenant ?',
        allocationReversal: "Vérifier cette annulation d'allocation maintenant ?",
      },
      body: {
        purchase:
          "Airledger interroge l'opérateur sur cet achat de {{amount}} {{target}} à la prochaine synchronisation, sans attendre sa prochaine vérification programmée. Rien n'est renvoyé.",
        allocation:
          "Airledger interroge l'opérateur sur cette allocation de {{amount}} {{target}} à la prochaine synchronisation, sans attendre sa prochaine vérification programmée. Rien n'est renvoyé.",
        directTopup:
          "Airledger interroge l'opérateur sur cette recharge directe de {{amount}} {{target}} à la prochaine synchronisation, sans attendre sa prochaine vérification programmée. Rien n'est renvoyé.",
        allocationReversal:
          "Airledger interroge l'opérateur sur cette annulation d'allocation de {{amount}} {{target}} à la prochaine synchronisation, sans attendre sa prochaine vérification programmée. Rien n'est renvoyé.",
      },
      failed: {
        purchase: "L'achat n'a pas pu être vérifié",
        allocation: "L'allocation n'a pas pu être vérifiée",
        directTopup: "La recharge directe n'a pas pu être vérifiée",
        allocationReversal: "L'annulation d'allocation n'a pas pu être vérifiée",
      },
      done: {
        purchase: "L'achat sera vérifié à la prochaine synchronisation",
        allocation: "L'allocation sera vérifiée à la prochaine synchronisation",
        directTopup: 'La recharge directe sera vérifiée à la prochaine synchronisation',
        allocationReversal: "L'annulation d'allocation sera vérifiée à la prochaine synchronisation",
      },
    },
    retry: {
      confirm: 'Relancer sous une nouvelle référence',
      title: {
        purchase: 'Relancer cet achat ?',
        allocation: 'Relancer cette allocation ?',
        directTopup: 'Relancer cette recharge directe ?',
        allocationReversal: "Relancer cette annulation d'allocation ?",
      },
      body: {
        purchase:
          "Airledger réserve à nouveau {{amount}} en stock de gros à recevoir et envoie l'achat {{target}} à l'opérateur à la prochaine synchronisation, comme tentative {{attempt}} sous la nouvelle référence client <code>{{reference}}</code>.",
        allocation:
          "Airledger réserve à nouveau {{amount}} sur le stock de gros et envoie l'allocation {{target}} à l'opérateur à la prochaine synchronisation, comme tentative {{attempt}} sous la nouvelle référence client <code>{{reference}}</code>.",
        directTopup:
          "Airledger réserve à nouveau {{amount}} sur le stock de gros et envoie la recharge directe {{target}} à l'opérateur à la prochaine synchronisation, comme tentative {{attempt}} sous la nouvelle référence client <code>{{reference}}</code>.",
        allocationReversal:
          "Airledger réserve à nouveau {{amount}} sur le stock du revendeur et envoie l'annulation d'allocation {{target}} à l'opérateur à la prochaine synchronisation, comme tentative {{attempt}} sous la nouvelle référence client <code>{{reference}}</code>.",
      },
      previous:
        "La tentative {{attempt}} (<code>{{reference}}</code>) reste en échec chez l'opérateur et n'est jamais renvoyée.",
      previousWithReason:
        "La tentative {{attempt}} (<code>{{reference}}</code>) reste en échec chez l'opérateur et n'est jamais renvoyée : {{reason}}",
      failed: {
        purchase: "L'achat n'a pas été relancé",
        allocation: "L'allocation n'a pas été relancée",
        directTopup: "La recharge directe n'a pas été relancée",
        allocationReversal: "L'annulation d'allocation n'a pas été relancée",
      },
      done: {
        purchase: "L'achat est de nouveau en file",
        allocation: "L'allocation est de nouveau en file",
        directTopup: 'La recharge directe est de nouveau en file',
        allocationReversal: "L'annulation d'allocation est de nouveau en file",
      },
    },
    cancel: {
      title: {
        purchase: 'Annuler cet achat ?',
        allocation: 'Annuler cette allocation ?',
        directTopup: 'Annuler cette recharge directe ?',
        allocationReversal: "Annuler cette annulation d'allocation ?",
      },
      neverSent: {
        purchase:
          "Cet achat de {{amount}} {{target}} n'a pas été envoyé à l'opérateur. L'annuler contrepasse dès maintenant son écriture en attente au grand livre et libère les {{amount}} qu'il réserve.",
        allocation:
          "Cette allocation de {{amount}} {{target}} n'a pas été envoyée à l'opérateur. L'annuler contrepasse dès maintenant son écriture en attente au grand livre et libère les {{amount}} qu'elle réserve.",
        directTopup:
          "Cette recharge directe de {{amount}} {{target}} n'a pas été envoyée à l'opérateur. L'annuler contrepasse dès maintenant son écriture en attente au grand livre et libère les {{amount}} qu'elle réserve.",
        allocationReversal:
          "Cette annulation d'allocation de {{amount}} {{target}} n'a pas été envoyée à l'opérateur. L'annuler contrepasse dès maintenant son écriture en attente au grand livre et libère les {{amount}} qu'elle réserve.",
      },
      awaiting: {
        purchase:
          "L'opérateur détient cet achat de {{amount}} {{target}} et ne l'a pas encore exécuté. Airledger demande à l'opérateur de l'annuler à la prochaine synchronisation ; si l'opérateur l'exécute avant, il reste confirmé.",
        allocation:
          "L'opérateur détient cette allocation de {{amount}} {{target}} et ne l'a pas encore exécutée. Airledger demande à l'opérateur de l'annuler à la prochaine synchronisation ; si l'opérateur l'exécute avant, elle reste confirmée.",
        directTopup:
          "L'opérateur détient cette recharge directe de {{amount}} {{target}} et ne l'a pas encore exécutée. Airledger demande à l'opérateur de l'annuler à la prochaine synchronisation ; si l'opérateur l'exécute avant, elle reste confirmée.",
        allocationReversal:
          "L'opérateur détient cette annulation d'allocation de {{amount}} {{target}} et ne l'a pas encore exécutée. Airledger demande à l'opérateur de l'annuler à la prochaine synchronisation ; si l'opérateur l'exécute avant, elle reste confirmée.",
      },
      maybeSent: {
        purchase:
          "Cet achat de {{amount}} {{target}} a peut-être déjà atteint l'opérateur. Airledger ne l'annule qu'une fois que l'opérateur a indiqué ce qu'il en est advenu.",
        allocation:
          "Cette allocation de {{amount}} {{target}} a peut-être déjà atteint l'opérateur. Airledger ne l'annule qu'une fois que l'opérateur a indiqué ce qu'il en est advenu.",
        directTopup:
          "Cette recharge directe de {{amount}} {{target}} a peut-être déjà atteint l'opérateur. Airledger ne l'annule qu'une fois que l'opérateur a indiqué ce qu'il en est advenu.",
        allocationReversal:
          "Cette annulation d'allocation de {{amount}} {{target}} a peut-être déjà atteint l'opérateur. Airledger ne l'annule qu'une fois que l'opérateur a indiqué ce qu'il en est advenu.",
      },
      cannotUndo: {
        purchase:
          'Une opération annulée ne peut pas être rétablie : pour la faire malgré tout, créez un nouvel achat.',
        allocation:
          'Une opération annulée ne peut pas être rétablie : pour la faire malgré tout, créez une nouvelle allocation.',
        directTopup:
          'Une opération annulée ne peut pas être rétablie : pour la faire malgré tout, créez une nouvelle recharge directe.',
        allocationReversal:
          "Une opération annulée ne peut pas être rétablie : pour la faire malgré tout, créez une nouvelle annulation d'allocation.",
      },
      confirm: {
        purchase: "Annuler l'achat",
        allocation: "Annuler l'allocation",
        directTopup: 'Annuler la recharge directe',
        allocationReversal: "Annuler l'annulation d'allocation",
      },
      keep: {
        purchase: "Conserver l'achat",
        allocation: "Conserver l'allocation",
        directTopup: 'Conserver la recharge directe',
        allocationReversal: "Conserver l'annulation d'allocation",
      },
      failed: {
        purchase: "L'achat n'a pas été annulé",
        allocation: "L'allocation n'a pas été annulée",
        directTopup: "La recharge directe n'a pas été annulée",
        allocationReversal: "L'annulation d'allocation n'a pas été annulée",
      },
      done: {
        purchase: "L'achat est annulé",
        allocation: "L'allocation est annulée",
        directTopup: 'La recharge directe est annulée',
        allocationReversal: "L'annulation d'allocation est annulée",
      },
      requested: {
        purchase: "Annulation de l'achat demandée",
        allocation: "Annulation de l'allocation demandée",
        directTopup: 'Annulation de la recharge directe demandée',
        allocationReversal: "Annulation de l'annulation d'allocation demandée",
      },
    },
  },
  connection: {
    editTitle: "Modifier la connexion à l'opérateur",
    heading: 'Opérateur',
    details: {
      operatorId: "Id de l'opérateur",
      api: 'API',
      distributorParty: 'Partie distributeur',
      wholesaleBucket: 'Compte de stock de gros',
      units: 'Unités',
    },
    distributorPartyValue: '{{partyId}} · compte {{accountId}}',
    unitsValue_one: '{{units}}, {{scale}} décimale',
    unitsValue_many: '{{units}}, {{scale}} décimales',
    unitsValue_other: '{{units}}, {{scale}} décimales',
    testFailed: "Le test n'a pas pu être lancé",
    testDuration: '{{duration}} ms',
    testDurationAndWholesale: "{{duration}} ms · stock de gros chez l'opérateur : {{amount}}",
    testConnection: 'Tester la connexion',
    changeSettings: 'Modifier les paramètres',
  },
  connectForm: {
    label: "Connecter l'opérateur",
    notConnected: "L'opérateur n'a pas été connecté",
    fields: {
      id: {
        label: "Id de l'opérateur",
        description: 'Nom court utilisé dans la comptabilité, par ex. mtn-ci',
      },
      name: { label: "Nom de l'opérateur" },
      baseUrl: {
        label: 'URL de base TMF654',
        description: 'Se termine par /tmf-api/prepayBalanceManagement/v4',
      },
      tokenUrl: { label: 'URL du jeton', description: 'Point de terminaison OAuth2 client-credentials' },
      clientId: { label: 'Id client' },
      clientSecret: {
        label: 'Secret client',
        retype: 'Saisissez-le à nouveau pour enregistrer les modifications',
      },
      apiKey: { label: 'Clé API', description: "Uniquement si l'opérateur en demande une" },
      requestTimeout: { label: 'Délai de réponse (ms)' },
      distributorPartyId: {
        label: 'Id de la partie distributeur',
        description: "Votre partie chez l'opérateur",
      },
      partyAccountId: { label: 'Id du compte de la partie' },
      wholesaleBucketId: {
        label: 'Id du compte de stock de gros',
        description: 'Le compte qui détient votre crédit en gros',
      },
      units: { label: 'Unités', description: 'Devise, par ex. XOF' },
      scale: { label: 'Décimales', description: '0 pour XOF' },
    },
    skipTest: {
      label: 'Enregistrer sans tester (hors ligne)',
      description:
        "Le bureau ne peut pas joindre l'opérateur aujourd'hui : enregistrez maintenant, la première synchronisation le testera.",
    },
    saveConnection: 'Enregistrer la connexion',
    testAndConnect: 'Tester et connecter',
    secretsNote:
      "Le secret client et la clé API sont stockés chiffrés dans l'espace de travail et ne sont plus jamais affichés.",
    saved: {
      title: '{{name}} enregistré',
      untested: "Enregistré sans test : la première synchronisation contactera l'opérateur.",
    },
  },
  demoOperator: {
    title: "Essayez avec l'opérateur de démonstration",
    description:
      "Un bac à sable d'opérateur TMF654 qui fonctionne dans Airledger, conservé dans le dossier de cet espace de travail : {{stock}} de stock de gros, trois revendeurs avec portefeuilles et stock, et des ventes au détail qui arrivent toutes les quelques secondes. Tout ce que vous y faites est une vraie comptabilité ; aucun opérateur réel n'est concerné.",
    use: "Utiliser l'opérateur de démonstration",
    startFailed: "L'opérateur de démonstration n'a pas pu démarrer",
  },
  demoNetwork: {
    title: 'Créer un réseau de démonstration',
    description:
      "Donnez à l'opérateur de démonstration un réseau avec lequel travailler : six sous-distributeurs régionaux et environ {{retailers}} revendeurs (prépayés et à crédit) avec portefeuilles liés, et un second opérateur de démonstration chez qui un revendeur sur deux vend aussi. Chez chacun : un achat de stock de gros, des fonds de départ alloués, les premiers paiements des revendeurs et environ deux mois de leurs ventes au détail, le tout confirmé chez l'opérateur.",
    build: 'Créer un réseau de démonstration',
    progressLabel: 'Création du réseau de démonstration',
    progress:
      "Inscription des revendeurs, liaison de leurs portefeuilles, achats, allocations et synchronisation avec l'opérateur de démonstration. Cela prend quelques secondes.",
    notDemoOperator: "Ce n'est pas l'opérateur de démonstration",
    buildFailed: "Le réseau de démonstration n'a pas pu être créé",
    ready: {
      title: 'Le réseau de démonstration est prêt',
      message:
        "{{operators}} : {{subDistributors}} et {{retailers}}, {{purchases}} de stock de gros, {{allocations}}, {{payments}} et {{sales}} au cours des dernières semaines, le tout confirmé chez l'opérateur de démonstration.",
      sampleUsers:
        'Les utilisateurs de démonstration {{users}} se connectent avec le mot de passe {{password}}.',
    },
    counts: {
      operators_one: '{{number}} opérateur de démonstration',
      operators_many: "{{number}} d'opérateurs de démonstration",
      operators_other: '{{number}} opérateurs de démonstration',
      subDistributors_one: '{{number}} sous-distributeur',
      subDistributors_many: '{{number}} de sous-distributeurs',
      subDistributors_other: '{{number}} sous-distributeurs',
      retailers_one: '{{number}} revendeur',
      retailers_many: '{{number}} de revendeurs',
      retailers_other: '{{number}} revendeurs',
      purchases_one: '{{number}} achat',
      purchases_many: "{{number}} d'achats",
      purchases_other: '{{number}} achats',
      allocations_one: '{{number}} allocation',
      allocations_many: "{{number}} d'allocations",
      allocations_other: '{{number}} allocations',
      payments_one: '{{number}} paiement',
      payments_many: '{{number}} de paiements',
      payments_other: '{{number}} paiements',
      sales_one: '{{number}} vente au détail',
      sales_many: '{{number}} de ventes au détail',
      sales_other: '{{number}} ventes au détail',
    },
  },
  feeds: {
    title: 'Dernier relevé',
    description:
      "Ventes et soldes lus chez l'opérateur ; chaque relevé reprend là où le précédent s'est arrêté.",
    empty:
      "Rien n'a encore été relevé : la première synchronisation lit le flux des ventes de l'opérateur et le solde de chaque portefeuille lié.",
    columns: {
      feed: 'Flux',
      readUpTo: "Lu jusqu'au",
      lastFinished: 'Dernière fin',
      rowsLastTime: 'Lignes la dernière fois',
      lastError: 'Dernière erreur',
    },
    salesFeed: 'Flux des ventes',
    never: 'jamais',
    walletBalances: 'Soldes des portefeuilles',
    current: 'actuels',
    walletsPulled: '{{pulled}} sur {{total}}',
  },
  queue: {
    title: "File d'attente",
    description:
      "Chaque opération destinée à l'opérateur, depuis sa réservation au grand livre jusqu'à la réponse de l'opérateur.",
    filterLabel: "Filtre de la file d'attente",
    filters: {
      open: 'Ouvertes · {{number}}',
      attention: 'À traiter · {{number}}',
      final: 'Finalisées · {{number}}',
      all: 'Toutes · {{number}}',
    },
    dismiss: 'Fermer',
    readFailed: "La file d'attente n'a pas pu être lue",
    empty: {
      open: "La file d'attente est vide : chaque opération a été envoyée à l'opérateur et a reçu une réponse.",
      attention: "Aucune opération à traiter : rien de ce que l'opérateur a refusé n'attend de décision.",
      final:
        "Aucune opération n'est encore finalisée : les opérations confirmées, en échec et annulées sont listées ici.",
      all: "Aucune opération opérateur pour l'instant : les achats, les allocations et les recharges directes attendent ici jusqu'à ce que l'opérateur les confirme.",
    },
    truncated:
      'Affichage des {{max}} opérations les plus récentes de ce filtre. Affinez le filtre pour voir les plus anciennes.',
  },
  reconciliation: {
    title: 'Rapprochement',
    description:
      "Solde comptabilisé au grand livre face à ce que détient l'opérateur, par portefeuille, au dernier relevé.",
    download: 'Télécharger le CSV',
    buildFailed: "Le rapprochement n'a pas pu être établi",
    empty:
      'Aucun portefeuille à rapprocher pour le moment : le compte de stock de gros et les portefeuilles des revendeurs liés apparaissent après la première synchronisation.',
    columns: {
      wallet: 'Portefeuille',
      ledgerPosted: 'Comptabilisé',
      operatorTotal: "Total chez l'opérateur",
      difference: 'Écart',
      status: 'Statut',
    },
    totals: {
      matched_one: '{{number}} rapproché',
      matched_many: '{{number}} rapprochés',
      matched_other: '{{number}} rapprochés',
      explained_one: '{{number}} expliqué',
      explained_many: '{{number}} expliqués',
      explained_other: '{{number}} expliqués',
      unexplained_one: '{{number}} inexpliqué',
      unexplained_many: '{{number}} inexpliqués',
      unexplained_other: '{{number}} inexpliqués',
      notPulled_one: '{{number}} non relevé',
      notPulled_many: '{{number}} non relevés',
      notPulled_other: '{{number}} non relevés',
      ofWallets_one: 'sur {{number}} portefeuille · au {{at}}',
      ofWallets_many: 'sur {{number}} de portefeuilles · au {{at}}',
      ofWallets_other: 'sur {{number}} portefeuilles · au {{at}}',
    },
    showDifferences: 'Afficher les écarts',
    hideDifferences: 'Masquer les écarts',
    wholesaleWallet: 'Stock de gros · {{bucketId}}',
    retailerWallet: 'Revendeur {{partyId}} · {{bucketId}}',
    readAt: 'Lu le {{at}}',
    moreLines_one: '{{number}} ligne de plus dans le CSV téléchargé.',
    moreLines_many: '{{number}} de lignes de plus dans le CSV téléchargé.',
    moreLines_other: '{{number}} lignes de plus dans le CSV téléchargé.',
  },
  syncNow: {
    button: 'Synchroniser',
    started: 'Synchronisation lancée',
    outcome: {
      completed: 'Synchronisation terminée',
      cancelled: 'Synchronisation annulée',
      offline: 'Synchronisation hors ligne',
      failed: 'Échec de la synchronisation',
    },
    alreadyRunning:
      "Une synchronisation était déjà en cours ; ses résultats s'affichent quand elle se termine.",
    summary:
      'Envoyées : {{sent}}, confirmées : {{confirmed}}, en échec : {{failed}}, encore ouvertes : {{stillOpen}}.',
    didNotRun: "La synchronisation n'a pas été lancée",
  },
  run: {
    heading: 'Synchronisation',
    nothingWaits: "Rien n'attend d'être envoyé.",
    waiting_one: "{{number}} opération attend l'opérateur.",
    waiting_many: "{{number}} d'opérations attendent l'opérateur.",
    waiting_other: "{{number}} opérations attendent l'opérateur.",
    schedule: 'Se lance automatiquement toutes les {{minutes}} min.',
    startFailed: "La synchronisation n'a pas pu démarrer",
    never:
      "Jamais synchronisé : cliquez sur Synchroniser pour envoyer la file d'attente à l'opérateur et relever ses ventes et les soldes des portefeuilles.",
    stopping: 'Arrêt au prochain point sûr…',
    figures: {
      sent: 'Envoyées',
      confirmed: 'Confirmées',
      failed: 'En échec',
      salesPulled: 'Ventes relevées',
      balancesRead: 'Soldes lus',
      stillOpen: 'Encore ouvertes',
    },
    pulledOf: '{{pulled}} sur {{total}}',
    lastSync: 'Dernière synchronisation',
    durationMs: '{{ms}} ms',
    durationSeconds: '{{seconds}} s',
  },
} satisfies Catalog<typeof english>;
