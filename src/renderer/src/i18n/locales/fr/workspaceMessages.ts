import type { Catalog } from '../../catalog';
import type { workspaceMessages as english } from '../en/workspaceMessages';

/** Les messages du cœur de l’application, en français. */
export const workspaceMessages = {
  permissionDenied:
    '{{name}} n’est pas autorisé(e) à effectuer {{operation}} (il faut la permission {{permission}}).',
  unexpectedError:
    'Airledger a rencontré une erreur inattendue pendant {{operation}} ; elle a été consignée dans le journal.',
  unknownOperation: 'Opération inconnue « {{operation}} ».',
  unknownField: 'Saisie invalide pour {{operation}} : {{field}} n’est pas un champ de {{operationAgain}}.',
  invalidInput: 'Saisie invalide pour {{operation}} : {{problems}}.',
  notKnownField: 'n’est pas un champ connu',
  noWorkspaceOpen: 'Aucun espace de travail n’est ouvert ; créez-en un ou ouvrez-en un d’abord.',
  accountNotFound: 'Le compte {{accountId}} n’existe pas dans cet espace de travail.',
  entryNotFound: 'L’écriture {{entryId}} n’existe pas dans cet espace de travail.',
  auditEventNotFound: 'L’événement d’audit n° {{seq}} n’existe pas dans cet espace de travail.',
  resellerNotFound: 'Le revendeur {{code}} n’existe pas dans cet espace de travail.',
  sampleUsersDemoOnly:
    'Seul un espace de travail relié à l’opérateur de démonstration peut avoir des utilisateurs d’exemple.',
  noUserAccountToChange: '{{name}} n’a pas ici de compte utilisateur à modifier.',
  updatesUnavailable:
    'Cette copie d’Airledger ne se met pas à jour elle-même (mode navigateur, ligne de commande ou version de développement) : c’est l’application de bureau installée qui le fait.',
  rekeyUnsupported:
    'Cet Airledger (clés provenant de {{source}}) ne peut pas changer la clé d’un espace de travail.',
  backupPathNotAllowed:
    'Seule la ligne de commande écrit une sauvegarde dans un chemin ; l’application la télécharge.',
  backupTooLargeToDownload:
    'Cette sauvegarde fait {{size}} Mo, plus que ce qu’un téléchargement peut transporter ({{max}} Mo) : lancez plutôt `airledger backup --out FICHIER` sur cet ordinateur.',
  restoreWhileOpen:
    'Un espace de travail est ouvert : la restauration depuis le premier écran sert à un espace de travail qui ne s’ouvre pas. Fermez-le d’abord, ou restaurez avec `airledger restore`.',

  updateAlreadyInstalling: 'Une mise à jour est déjà en cours d’installation.',
  updateNotInstalledDrain:
    'La mise à jour n’a pas été installée : l’attente de l’enregistrement des dernières modifications a échoué ({{detail}}). Rien n’a été perdu ; réessayez plus tard.',
  updateNotInstalledSync:
    'La mise à jour n’a pas été installée : l’arrêt de la synchronisation avec l’opérateur a échoué ({{detail}}). Rien n’a été perdu ; réessayez plus tard.',
  updateNotInstalledClose:
    'La mise à jour n’a pas été installée : la fermeture de la base du grand livre a échoué ({{detail}}). Rien n’a été perdu ; réessayez plus tard.',
  updateNotInstalledInstaller:
    'La mise à jour n’a pas été installée : le lancement du programme d’installation a échoué ({{detail}}). Rien n’a été perdu ; réessayez plus tard.',

  alertApprovalsWaiting: '{{n}} allocation(s) en attente d’approbation',
  alertApprovalsWaitingDetail: 'Une deuxième personne les approuve ou les refuse sur l’écran Allocations.',
  alertActionsFailed: '{{n}} action(s) opérateur en échec',
  alertActionsFailedDetail:
    'Relancez ou abandonnez chacune sur l’écran Synchronisation ; leurs réservations sont libérées.',
  alertReplenishmentRefused: 'Le réapprovisionnement automatique de {{code}} a été refusé',
  alertLowStock: 'Le stock de {{name}} est bas',
  alertLowStockDetail: 'Il reste {{balance}}, alerte à {{threshold}}.',
  alertPayableOverdue: '{{number}} est en retard de paiement',
  alertPayableDueSoon: '{{number}} arrive bientôt à échéance',
  alertPayableDetail: '{{amount}} dû(s) à l’opérateur, échéance le {{day}}.',

  checkEncryption: 'chiffrement',
  checkSchema: 'schéma',
  checkIntegrity: 'intégrité',
  checkForeignKeys: 'clés étrangères',
  checkCiphertext: 'l’en-tête du fichier est chiffré',
  checkPlainSqlite: 'l’en-tête du fichier est du SQLite en clair',
  checkSchemaOf: 'schéma {{applied}} sur {{known}}',
  checkQuickCheck: 'quick_check : {{result}}',
  checkViolations: '{{n}} anomalie(s)',
  verificationFailed: 'L’espace de travail situé dans {{path}} a échoué à la vérification : {{failures}}.',

  auditEventsMissing:
    'les événements d’audit n° {{first}} à n° {{last}} manquent avant l’événement d’audit n° {{seq}} ({{operation}} par {{actor}} le {{at}})',
  auditEventOutOfChain:
    'l’événement d’audit n° {{seq}} ({{operation}} par {{actor}} le {{at}}) ne suit pas le n° {{previous}} : l’empreinte précédente qu’il conserve n’est pas celle du n° {{previousAgain}} (un événement antérieur a été réécrit, supprimé ou inséré)',
  auditEventChanged:
    'l’événement d’audit n° {{seq}} ({{operation}} par {{actor}} le {{at}}) a été modifié après son écriture (son empreinte ne correspond plus à son contenu)',
  auditCallUnrecorded:
    '{{operation}}, commencé le {{at}}, n’a pas d’événement d’audit : l’application s’est arrêtée pendant l’opération, ou une autre fenêtre l’exécute encore (rouvrir l’espace de travail l’enregistre comme interrompu)',

  customersChannelsNotApplied:
    'Une ligne est acquise par celui qui la recharge en premier, quel que soit le canal : les canaux ne sont pas appliqués.',
  customersDenominationsNotApplied:
    'Une ligne compte toutes ses recharges, quel que soit leur montant : les coupures ne sont pas appliquées.',
  customersStatusNotApplied:
    'Les lignes ne comptent que les recharges définitives : nos recharges au guichet encore ouvertes comptent dès que l’opérateur les rend définitives.',
  denominationsPerResellerLimit:
    'Les coupures ne sont comptées par revendeur que pour des sélections d’au plus {{n}} revendeurs.',
  resellersRankedUnfiltered:
    'Les revendeurs sont classés sur tous les canaux et toutes les coupures : retirez ces filtres, ou nommez les revendeurs.',
  resellersListedUnfiltered:
    'Les revendeurs sont listés sur tous les canaux et toutes les coupures : retirez ces filtres, ou nommez les revendeurs.',
  commissionAllChannels: 'la commission porte sur toutes les ventes d’un revendeur, quel que soit le canal',
  unknownOperator: 'Aucun opérateur {{operatorId}} n’est relié à cet espace de travail.',
  unknownOperatorIssue: 'désigne un opérateur inconnu {{operatorId}}',
  unknownReseller: 'Aucun revendeur {{code}} n’existe dans cet espace de travail.',
  unknownResellerIssue: 'désigne un revendeur inconnu {{code}}',
  tooManyResellersForFilters:
    'Les filtres par canal et par coupure portent sur au plus {{n}} revendeurs ; cette sélection en compte {{selected}}. Nommez moins de revendeurs ou retirez ces filtres.',
  tooManyResellersIssue: 'sélectionne plus de {{n}} revendeurs',
  nameResellerForSales: 'Indiquez le revendeur dont il faut lister les ventes (retailerCode).',
  requiredForResellerSales: 'est obligatoire pour les ventes d’un revendeur',
  nameResellerForCustomers: 'Indiquez le revendeur dont il faut lister les clients (retailerCode).',
  requiredForResellerCustomers: 'est obligatoire pour les clients d’un revendeur',
  nameResellerForPayout: 'Indiquez le revendeur dont il faut exporter le versement.',
  reportHasNoCard: 'Le rapport {{report}} n’a pas de carte {{card}} ; ses cartes sont {{cards}}.',
  cardMustBeOneOf: 'doit être l’une des valeurs {{cards}}',
  csvNeedsCard: 'Un fichier CSV contient un seul tableau : indiquez une carte parmi {{cards}}.',
  requiredForCsv: 'est obligatoire pour un CSV',
  dayInFuture: '{{field}} {{day}} est dans le futur.',
  inFuture: 'est dans le futur',
  savedViewsNeedUser:
    'Les vues enregistrées appartiennent à un utilisateur connecté, et {{name}} n’a pas ici de compte utilisateur : connectez-vous (ou utilisez --user NOM) pour conserver des vues.',
  savedViewOfAnotherUser:
    'Cette vue enregistrée appartient à un autre utilisateur : lui seul peut la renommer, la modifier ou la supprimer. Enregistrez plutôt une vue à vous.',
  savedViewNameTaken:
    'Vous avez déjà une vue nommée « {{name}} » : choisissez un autre nom, ou renommez ou supprimez d’abord celle-ci.',
  savedViewNameTakenIssue: 'est le nom d’une autre de vos vues',
  tooManySavedViews:
    'Vous avez {{n}} vues enregistrées, le maximum par personne : supprimez d’abord une vue dont vous ne vous servez plus.',

  notAnAmount: 'n’est pas un montant comme 150000 ou 1500.50 (« {{text}} »)',
  decimalsNone: 'a {{n}} décimales ; cette devise n’en prend aucune',
  decimalsAtMost: 'a {{n}} décimales ; cette devise en prend au plus {{max}}',
  amountTooManyDigits: 'est trop grand (au plus {{n}} chiffres)',

  demoNetworkDemoOnly:
    'Seul l’opérateur de démonstration intégré à l’application peut recevoir un réseau de démonstration.',
  demoNetworkAlreadyGrown: 'Cet espace de travail a déjà son réseau de démonstration.',
  demoWalletRefused: 'L’opérateur de démonstration a refusé un portefeuille pour {{partyId}} : {{detail}}',
  demoPurchaseUnconfirmed: '{{name}} n’a pas confirmé l’achat de démonstration ; réessayez.',

  credentialsUnreadable:
    'Les identifiants opérateur enregistrés dans cet espace de travail ne peuvent pas être déchiffrés avec la clé de l’espace de travail ; reconnectez l’opérateur pour les enregistrer à nouveau.',
  credentialAltered:
    'Un identifiant enregistré ({{where}}) ne se déchiffre pas : il a été altéré ou copié d’ailleurs. Reconnectez l’opérateur pour l’enregistrer à nouveau.',

  cannotOpen: 'Impossible d’ouvrir {{path}} : {{detail}}.',
  plainSqlite:
    '{{path}} est un fichier SQLite ordinaire, non chiffré, et non un espace de travail Airledger ; il n’a pas été modifié.',
  notADatabase:
    '{{path}} n’est pas une base Airledger (un autre type de fichier, ou un fichier endommagé) ; il n’a pas été modifié.',
  wrongKey:
    'La clé provenant de {{source}} n’ouvre pas l’espace de travail situé dans {{path}} : mauvaise clé, ou fichier endommagé. Rien n’a été modifié.',
  migrationsMissing: 'Les migrations du schéma sont introuvables ({{path}} absent) ; réinstallez Airledger.',
  newerSchema:
    'L’espace de travail situé dans {{path}} a été écrit par une version plus récente d’Airledger (schéma {{schema}}, cette version connaît {{known}}) ; mettez Airledger à jour pour l’ouvrir. Rien n’a été modifié.',
  workspaceExists: 'Un espace de travail existe déjà dans {{path}} ; ouvrez-le plutôt.',
  noWorkspaceAt:
    'Il n’y a pas d’espace de travail Airledger dans {{path}} ; créez-en un d’abord (airledger init).',
  noWorkspaceProfile:
    'La base située dans {{path}} n’a pas de profil d’espace de travail ; elle n’a pas été créée par Airledger.',
  upgradeFailedLeft:
    'La mise à niveau de l’espace de travail situé dans {{path}} du schéma {{from}} au schéma {{to}} a échoué ({{cause}}) ; il est resté au schéma {{fromAgain}}. La copie faite avant la mise à niveau est {{backup}}.',
  upgradeFailedPutBack:
    'La mise à niveau de l’espace de travail situé dans {{path}} du schéma {{from}} au schéma {{to}} a échoué ({{cause}}) ; la copie faite avant a été remise en place, il est donc au schéma {{fromAgain}}. La copie faite avant la mise à niveau est {{backup}}.',
  upgradeFailedPutBackFailed:
    'La mise à niveau de l’espace de travail situé dans {{path}} du schéma {{from}} au schéma {{to}} a échoué ({{cause}}) ; la remise en place de la copie a échoué elle aussi ({{restoreCause}}) : copiez-la à la main par-dessus {{file}}. La copie faite avant la mise à niveau est {{backup}}.',
  upgradeNeedsCopyInUse:
    'L’espace de travail situé dans {{path}} doit passer à un nouveau schéma, mais un autre programme l’utilise, il ne peut donc pas être copié de côté d’abord ; fermez-le dans ce programme puis rouvrez-le. Rien n’a été modifié.',
  upgradeCopyFailed:
    'L’espace de travail situé dans {{path}} doit passer à un nouveau schéma ({{from}} à {{to}}), mais il n’a pas pu être copié de côté d’abord dans {{folder}} ({{cause}}) ; libérez de la place à cet endroit ou rendez-le accessible en écriture, puis rouvrez-le. Rien n’a été modifié.',

  noDatabaseKey:
    'Aucune clé de base de données : définissez {{variable}} ou passez --key-file avec la phrase secrète de l’espace de travail.',
  keyTooShort: 'La clé de base de données provenant de {{source}} compte moins de {{n}} caractères.',
  keyFileTooLarge: 'Le fichier de clé {{path}} dépasse {{n}} octets ; il doit contenir une seule ligne.',
  keyFileUnreadable: 'Impossible de lire le fichier de clé {{path}} : {{detail}}.',
  newPassphraseNeeded:
    'Changer la clé d’un espace de travail ouvert avec {{source}} exige une nouvelle phrase secrète d’au moins {{n}} caractères.',
  keyFileUpdated: 'Le fichier de clé {{path}} contient désormais la nouvelle phrase secrète.',
  setVariableToNewPassphrase:
    'Donnez à {{variable}} la nouvelle phrase secrète avant la prochaine commande : l’ancienne n’ouvre plus cet espace de travail.',
  putNewPassphrase:
    'Placez la nouvelle phrase secrète dans {{source}} avant la prochaine commande : l’ancienne n’ouvre plus cet espace de travail.',
  rekeyInUse:
    'L’espace de travail situé dans {{path}} est ouvert dans un autre Airledger (l’application, un serveur ou une commande) : fermez-le là-bas, puis changez la clé. Rien n’a été modifié.',

  backupDestinationExists: '{{path}} existe déjà ; choisissez un autre nom de fichier pour la sauvegarde.',
  backupFolderMissing: 'Le dossier {{path}} n’existe pas ; créez-le d’abord.',
  backupPassphraseNeeded:
    'La clé de cet espace de travail est conservée par le trousseau de cet ordinateur et ne peut ouvrir une sauvegarde nulle part ailleurs : donnez à la sauvegarde sa propre phrase secrète.',
  backupCancelled: 'La sauvegarde a été annulée ; rien n’a été écrit.',
  backupDiskFull: 'La sauvegarde ne tenait pas sur le disque : {{detail}}. Rien n’a été écrit.',
  noBackupFile: 'Il n’y a pas de fichier de sauvegarde à l’emplacement {{path}}.',
  restoreWorkspaceExists:
    'Un espace de travail existe déjà dans {{path}} ; passez --force pour le remplacer (il est conservé sous {{keptAs}}.before-restore-<heure>).',
  restoreWrongKey:
    'La clé provenant de {{source}} n’ouvre pas la sauvegarde {{path}} : elle a été faite avec une autre clé, ou avec sa propre phrase secrète (donnez celle-ci), ou elle est endommagée. Rien n’a été modifié.',
  restoreNewerSchema:
    'La sauvegarde {{path}} a été faite par une version plus récente d’Airledger (schéma {{schema}}, cette version connaît {{known}}) ; mettez Airledger à jour pour la restaurer. Rien n’a été modifié.',
  restoreNotABackup:
    '{{path}} s’ouvre, mais ce n’est pas une sauvegarde d’espace de travail Airledger. Rien n’a été modifié.',
  restoreDamaged: 'La sauvegarde {{path}} est endommagée (quick_check : {{result}}). Rien n’a été modifié.',
  restoreManifestUnreadable: 'Le manifeste contenu dans {{path}} est illisible. Rien n’a été modifié.',
  restoreInUse:
    'L’espace de travail situé dans {{path}} est ouvert dans un autre Airledger (l’application, un serveur ou une commande) : fermez-le là-bas, puis restaurez. Rien n’a été modifié.',
  restoreLedgerBroken:
    'Le grand livre contenu dans {{path}} ne se vérifie pas ({{problems}} problème(s), par ex. {{example}}) ; il n’a pas été restauré.',

  auditRepeated: 'Répété, rien n’a changé : {{line}}',
  auditRefusedOn: '{{operation}} sur {{kind}} {{id}} refusé : {{detail}}',
  auditSignInRefused: 'Connexion en tant que {{username}} refusée : {{detail}}',
  auditPasswordChangeRefused: 'Changement de son propre mot de passe refusé : {{detail}}',
  auditSummaryFailed: '{{summary}} (sa ligne de résumé a échoué : {{detail}})',
  auditCreatedWorkspaceNamed: 'A créé l’espace de travail {{name}} ({{currency}})',
  auditCreatedWorkspace: 'A créé un espace de travail',
  auditClosedWorkspace: 'A fermé l’espace de travail',
  auditSetUpAdministrator: 'A créé le compte administrateur {{username}} et s’est connecté',
  auditSignedIn: 'S’est connecté en tant que {{username}}',
  auditSignedOut: 'S’est déconnecté ({{name}})',
  auditChangedOwnPassword: 'A changé son propre mot de passe',
  auditAddedUser: 'A ajouté l’utilisateur {{username}} ({{name}}) comme {{roles}}',
  auditChangedUser: 'A modifié l’utilisateur {{username}} : {{changes}}',
  auditResetPassword:
    'A réinitialisé le mot de passe de {{username}} : un mot de passe temporaire, à changer à la prochaine connexion',
  auditOnboardedSubDistributor: 'A enregistré le sous-distributeur {{code}} {{name}}',
  auditOnboardedRetailer: 'A enregistré le revendeur {{code}} {{name}}',
  auditChangedRetailer: 'A modifié le revendeur {{code}} : {{changes}}',
  auditReactivatedBecause: 'A réactivé le revendeur {{code}} : {{reason}}',
  auditReactivated: 'A réactivé le revendeur {{code}}',
  auditSuspendedBecause: 'A suspendu le revendeur {{code}} : {{reason}}',
  auditSuspended: 'A suspendu le revendeur {{code}}',
  auditClosedBecause: 'A clôturé le revendeur {{code}} : {{reason}}',
  auditClosed: 'A clôturé le revendeur {{code}}',
  auditImportedRetailers: 'A importé {{n}} revendeurs depuis {{file}}',
  auditCreatedPlan: 'A créé le barème de commission {{code}} « {{name}} »',
  auditChangedPlan: 'A modifié le barème de commission {{code}} : {{changes}}',
  auditRecordedCashPayment:
    'A enregistré un règlement en espèces de {{amount}} de {{code}} (reçu {{receipt}})',
  auditRecordedTransferPayment:
    'A enregistré un règlement par virement bancaire de {{amount}} de {{code}} (reçu {{receipt}})',
  auditRecordedMobilePayment:
    'A enregistré un règlement par mobile money de {{amount}} de {{code}} (reçu {{receipt}})',
  auditChangedSettings: 'A modifié les paramètres : {{changes}}',
  auditConnectedOperatorTestFailed:
    'A connecté l’opérateur {{name}} ({{operatorId}}) ; son test de connexion a échoué',
  auditConnectedOperator: 'A connecté l’opérateur {{name}} ({{operatorId}})',
  auditChangedConnectionTestFailed:
    'A modifié la connexion de l’opérateur {{name}} ({{operatorId}}) ; son test de connexion a échoué',
  auditChangedConnection: 'A modifié la connexion de l’opérateur {{name}} ({{operatorId}})',
  auditConnectedDemoOperator: 'A connecté l’opérateur de démonstration {{name}} ({{operatorId}})',
  auditLinkedWallet: 'A relié le portefeuille {{bucketId}} de {{name}} ({{partyId}})',
  auditChangedTerms: 'A modifié les conditions de {{operatorId}} : {{changes}}',
  auditBoughtAirtime: 'A acheté {{amount}} de crédit de communication à {{operatorId}}',
  auditAllocatedToWallet: 'A alloué {{amount}} au portefeuille {{partyId}}',
  auditToppedUp: 'A rechargé {{msisdn}} de {{amount}}',
  auditRetriedPurchase: 'A relancé l’achat {{id}}',
  auditRetriedReversal: 'A relancé la contre-passation d’allocation {{id}}',
  auditRetriedAllocation: 'A relancé l’allocation {{id}}',
  auditRetriedTopup: 'A relancé la recharge directe {{id}}',
  auditCancelledPurchaseAction: 'A annulé l’achat {{id}} (état : {{state}})',
  auditCancelledReversalAction: 'A annulé la contre-passation d’allocation {{id}} (état : {{state}})',
  auditCancelledAllocationAction: 'A annulé l’allocation {{id}} (état : {{state}})',
  auditCancelledTopupAction: 'A annulé la recharge directe {{id}} (état : {{state}})',
  auditStartedSync: 'A lancé une synchronisation avec l’opérateur',
  auditRanSync:
    'A effectué une synchronisation avec {{operatorId}} : {{outcome}}, {{sent}} envoyée(s), {{confirmed}} confirmée(s), {{booked}} comptabilisée(s)',
  auditCancelledSync: 'A annulé la synchronisation en cours',
  auditDraftedPurchase: 'A préparé le bon de commande {{number}} : {{amount}} auprès de {{operatorId}}',
  auditPlacedPurchase: 'A passé le bon de commande {{number}} : {{amount}} auprès de {{operatorId}}',
  auditSentPurchase: 'A envoyé le bon de commande {{number}} à {{operatorId}}',
  auditCancelledPurchase: 'A annulé le bon de commande {{number}} : {{reason}}',
  auditPaidOperator: 'A payé {{amount}} à {{operatorId}} ({{number}})',
  auditAskedToAllocate:
    'A demandé l’allocation de {{amount}} à {{code}} : en attente d’approbation ({{explanation}})',
  auditApprovedAllocationOf: 'A approuvé l’allocation de {{amount}} à {{code}} demandée par {{requester}}',
  auditApprovedAllocation: 'A approuvé une allocation',
  auditRejectedAllocation:
    'A refusé l’allocation de {{amount}} à {{code}} demandée par {{requester}} : {{note}}',
  auditReversedAllocation: 'A contre-passé {{amount}} de l’allocation {{allocationId}} : {{reason}}',
  auditAllocated: 'A alloué {{amount}} à {{code}}',
  auditQueuedAllocations: 'A mis en file {{n}} allocations depuis {{file}}',
  auditRanReplenishment:
    'A lancé le réapprovisionnement automatique : {{queued}} allocation(s) en file, {{refused}} refusée(s)',
  auditClosedPeriod: 'A clôturé la période de règlement {{label}} ({{statements}} relevés)',
  auditApprovedStatement: 'A approuvé le relevé de {{code}} pour {{period}} (version {{number}})',
  auditMarkedPaid:
    'A enregistré la commission de {{code}} pour {{period}} comme payée ({{method}}, {{reference}})',
  auditCorrectedStatement:
    'A corrigé le relevé de {{code}} pour {{period}} (désormais version {{number}}) : {{reason}}',
  auditSavedView: 'A enregistré la vue de tableau de bord « {{name}} »',
  auditDeletedView: 'A supprimé une vue de tableau de bord enregistrée',
  auditDeletedViewGone: 'A supprimé une vue déjà disparue',
  auditGrewDemo:
    'A développé le réseau de démonstration : {{subDistributors}} sous-distributeurs, {{retailers}} revendeurs, {{users}} utilisateurs d’exemple',
  auditAddedSampleUsersNone: 'A ajouté les utilisateurs d’exemple de la démonstration : aucun nouveau',
  auditAddedSampleUsers: 'A ajouté les utilisateurs d’exemple de la démonstration : {{users}}',
} satisfies Catalog<typeof english>;
