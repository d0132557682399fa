import type { Catalog } from '../../catalog';
import type { businessMessages as english } from '../en/businessMessages';

/** Les messages du cœur de l’application, en français. */
export const businessMessages = {
  branchRetailerOutside:
    'Votre compte travaille uniquement sur l’agence de {{branch}} ; le revendeur {{code}} est en dehors.',
  branchWalletOutside:
    'Votre compte travaille uniquement sur l’agence de {{branch}} ; le portefeuille {{wallet}} est en dehors.',
  branchTopOutside:
    'Votre compte travaille uniquement sur l’agence de {{branch}} ; le sommet du réseau est en dehors.',
  branchOutside: 'Votre compte travaille uniquement sur l’agence de {{branch}} ; {{what}} est en dehors.',
  branchDirectSales:
    'Votre compte travaille uniquement sur l’agence de {{branch}} ; les ventes hors revendeurs relèvent du siège.',
  branchReport:
    'Votre compte travaille uniquement sur l’agence de {{branch}} ; le rapport {{report}} relève du siège.',
  branchWholeNetwork:
    '{{user}} travaille uniquement sur l’agence de {{branch}} ; {{operation}} concerne tout le réseau.',
  branchNoStatement: 'Aucun relevé {{id}} n’existe dans votre agence.',
  branchNoApproval: 'Aucune allocation n’attend d’approbation sous {{id}} dans votre agence.',
  branchNoAllocation: 'Aucune allocation {{id}} n’existe dans votre agence.',
  branchNoEntry: 'Aucune écriture {{id}} ne concerne votre agence.',
  issueNoBranchStatement: 'ne désigne aucun relevé de votre agence',
  issueNoBranchAllocation: 'ne désigne aucune allocation de votre agence',
  noWorkspaceOpen: 'Aucun espace de travail n’est ouvert ; créez-en un ou ouvrez-en un d’abord.',
  setupRequired:
    'Cet espace de travail n’a pas encore d’utilisateur : créez d’abord son compte administrateur.',
  sessionLocked:
    'Votre session s’est verrouillée après {{n}} minutes d’inactivité : reconnectez-vous pour continuer.',
  signInToGoOn: 'Connectez-vous pour continuer.',
  accountDisabled: 'Votre compte a été désactivé ; adressez-vous à un administrateur.',
  passwordWasReset: 'Votre mot de passe a été réinitialisé : choisissez-en un nouveau avant toute chose.',
  unknownUser: 'L’utilisateur {{id}} n’existe pas dans cet espace de travail.',
  alreadySetUp: 'Cet espace de travail a déjà des utilisateurs : connectez-vous plutôt.',
  branchCodeUnknown:
    'Aucun revendeur n’a le code {{code}} : l’agence d’un bureau partenaire est un sous-distributeur.',
  branchCodeNotSub:
    '{{code}} est un revendeur, pas un sous-distributeur : l’agence d’un bureau partenaire est dirigée par un sous-distributeur.',
  issueSubDistributor: 'doit désigner un sous-distributeur',
  usernameTaken: 'Le nom d’utilisateur {{username}} est déjà pris (par {{name}}).',
  issueTaken: 'est déjà pris',
  selfDisable: 'Vous ne pouvez pas désactiver votre propre compte ; un autre administrateur le peut.',
  lastAdministrator:
    '{{name}} est le dernier administrateur actif : nommez d’abord un autre utilisateur administrateur.',
  lockedAfterOneMinute:
    'Nom d’utilisateur ou mot de passe incorrect. Après {{attempts}} tentatives échouées, le compte est verrouillé pendant 1 minute.',
  lockedAfterMinutes:
    'Nom d’utilisateur ou mot de passe incorrect. Après {{attempts}} tentatives échouées, le compte est verrouillé pendant {{minutes}} minutes.',
  wrongCredentials: 'Nom d’utilisateur ou mot de passe incorrect.',
  disabledByAdministrator:
    'Ce compte a été désactivé par un administrateur ; demandez à un administrateur de le réactiver.',
  disabledBy: 'Ce compte a été désactivé par {{name}} ; demandez à un administrateur de le réactiver.',
  tooManySignInsOneMinute:
    'Trop de connexions échouées pour {{username}} : réessayez dans 1 minute, ou demandez à un administrateur de réinitialiser le mot de passe.',
  tooManySignIns:
    'Trop de connexions échouées pour {{username}} : réessayez dans {{minutes}} minutes, ou demandez à un administrateur de réinitialiser le mot de passe.',
  currentPasswordWrong: 'Le mot de passe actuel est incorrect.',
  issueWrong: 'est incorrect',
  newPasswordSame: 'Le nouveau mot de passe doit être différent de l’actuel.',
  issueDifferFromCurrent: 'doit être différent du mot de passe actuel',
  newPasswordUsername: 'Le nouveau mot de passe ne doit pas contenir le nom d’utilisateur.',
  issueNoUsername: 'ne doit pas contenir le nom d’utilisateur',
  approvalRequiredAbove:
    'Cette allocation doit être approuvée par une deuxième personne : {{amount}} dépasse le seuil d’approbation de {{threshold}}. Demandez-la depuis l’écran Allocations.',
  approvalRequiredUnusual:
    'Cette allocation doit être approuvée par une deuxième personne : {{amount}} représente plus de {{multiple}} fois l’allocation moyenne de {{name}}, soit {{average}} sur les 30 derniers jours ({{allocations}} allocations). Demandez-la depuis l’écran Allocations.',
  approvalRequired:
    'Cette allocation doit être approuvée par une deuxième personne : {{detail}} Demandez-la depuis l’écran Allocations.',
  issueApprovalAbove:
    'doit être approuvée par une deuxième personne ({{amount}} dépasse le seuil d’approbation de {{threshold}}.) ; allouez-la séparément',
  issueApprovalUnusual:
    'doit être approuvée par une deuxième personne ({{amount}} représente plus de {{multiple}} fois l’allocation moyenne de {{name}}, soit {{average}} sur les 30 derniers jours ({{allocations}} allocations).) ; allouez-la séparément',
  holdAboveThreshold: '{{amount}} dépasse le seuil d’approbation de {{threshold}}.',
  holdUnusualAmount:
    '{{amount}} représente plus de {{multiple}} fois l’allocation moyenne de {{name}}, soit {{average}} sur les 30 derniers jours ({{allocations}} allocations).',
  allocationRejected: 'Cette allocation a été refusée ; demandez-en une nouvelle.',
  makerChecker:
    'Vous avez demandé cette allocation ; une autre personne doit l’approuver (le demandeur et le valideur sont différents).',
  allocationAlreadyApproved: 'Cette allocation est déjà approuvée.',
  allocationAlreadyRejected: 'Cette allocation est déjà refusée.',
  unknownApproval: 'Aucune allocation n’attend d’approbation sous {{id}}.',
  unknownAllocation: 'Aucune allocation n’a l’identifiant {{id}}.',
  issueNoAllocation: 'ne désigne aucune allocation',
  notReversible:
    'Cette allocation est à l’état « {{state}} » ; seule une allocation confirmée par l’opérateur peut être extournée (annulez plutôt une allocation en file d’attente).',
  overReversal: 'Il ne reste que {{left}} à extourner sur cette allocation de {{amount}}.',
  allocationRowsInvalid:
    'Rien n’a été alloué : {{invalid}} lignes sur {{total}} présentent des problèmes. Premier : ligne {{row}}, colonne {{column}} : {{detail}}.',
  issueRetailerNotActive:
    '{{name}} est à l’état « {{status}} » ; seuls les revendeurs actifs reçoivent des allocations',
  issueNoWalletAt: '{{name}} n’a aucun portefeuille lié chez {{operator}}',
  issueDailyLimit:
    'fait dépasser à {{name}} sa limite journalière de {{limit}} ({{used}} déjà aujourd’hui ou plus haut dans le fichier)',
  issuePrepaidShort: 'dépasse ce que {{name}} a payé d’avance ({{room}} restant, prépayé)',
  issueCreditLimit: 'fait dépasser à {{name}} sa limite de crédit ({{room}} restant)',
  issueWholesaleShort: 'dépasse le stock de gros restant après les lignes précédentes ({{left}})',
  allocationFileColumns: 'Le fichier doit avoir une colonne retailer_code et une colonne amount.',
  fileHeaderNoRows: 'Le fichier a un en-tête mais aucune ligne.',
  replenishmentQueued: '{{amount}} mis en file d’attente pour porter le stock à {{target}}.',
  fileNoHeader: 'Le fichier n’a pas de ligne d’en-tête (la première ligne doit nommer les colonnes).',
  columnTwice: 'La colonne {{column}} apparaît deux fois dans l’en-tête.',
  fileTooManyRows: 'Le fichier compte {{n}} lignes ; un import en accepte au plus {{max}}.',
  csvUnreadable: 'Le fichier CSV est illisible : {{detail}}',
  xlsxUnreadable: 'Le fichier XLSX est illisible (s’agit-il bien d’un classeur Excel ?) : {{detail}}',
  workbookNoSheet: 'Le classeur ne contient aucune feuille.',
  sheetTooManyRows: 'La feuille compte {{n}} lignes ; un import en accepte au plus {{max}}.',
  fileTooLarge: 'Le fichier fait {{n}} octets ; un import en accepte au plus {{max}}.',
  fileWrongFormat: '{{fileName}} n’est ni un fichier .csv ni un fichier .xlsx.',
  assetCodeFormat:
    'le code doit compter de 2 à 32 majuscules, chiffres, - ou _ (par ex. XOF, AIRTIME-MTN-CI)',
  issueAssetCodeFormat: 'doit compter de 2 à 32 majuscules, chiffres, - ou _ (par ex. XOF, AIRTIME-MTN-CI)',
  scaleFormat: 'l’échelle doit être un nombre entier de 0 à 9',
  issueScaleFormat: 'doit être un nombre entier de 0 à 9',
  currencyFormat: 'la devise doit être un code ISO 4217 à trois lettres',
  issueCurrencyFormat: 'doit être un code ISO 4217 à trois lettres',
  assetExists: 'L’actif {{code}} existe déjà avec une autre nature, devise ou échelle.',
  accountCodeFormat: 'le code doit compter de 1 à 64 lettres, chiffres ou . _ : -',
  issueAccountCodeFormat: 'doit compter de 1 à 64 lettres, chiffres ou . _ : -',
  limitNegative: 'la limite du compte ne doit pas être négative',
  accountExists: 'Le compte {{id}} existe déjà avec d’autres paramètres.',
  unknownAsset: 'le code d’actif ne désigne aucun actif ({{code}})',
  issueUnknownAsset: 'ne désigne aucun actif ({{code}})',
  accountCodeTaken: 'Un autre compte porte déjà le code {{code}}.',
  limitBelowBalance:
    'Le compte {{code}} porte déjà {{amount}} unités mineures ; sa limite ne peut pas descendre en dessous.',
  unknownAccount: '{{path}} ne désigne aucun compte ({{id}})',
  issueUnknownAccount: 'ne désigne aucun compte ({{id}})',
  entryIdReused:
    'L’écriture {{id}} a déjà été enregistrée avec un autre contenu ; une nouvelle écriture doit avoir un nouvel identifiant.',
  amountsPerTransfer:
    'les montants doivent compter un montant par mouvement de l’écriture en attente ({{expected}}), et non {{got}}',
  issueAmountsPerTransfer:
    'doit compter un montant par mouvement de l’écriture en attente ({{expected}}), et non {{got}}',
  amountUpToPending:
    '{{path}} doit être un nombre entier de 1 au montant en attente de {{amount}} ; annulez l’écriture pour ne rien comptabiliser',
  issueAmountUpToPending:
    'doit être un nombre entier de 1 au montant en attente de {{amount}} ; annulez l’écriture pour ne rien comptabiliser',
  unknownEntry: '{{path}} ne désigne aucune écriture ({{id}})',
  issueUnknownEntry: 'ne désigne aucune écriture ({{id}})',
  reversalOfReversal: 'L’écriture {{id}} est elle-même une extourne ; elle ne peut pas être extournée.',
  reversePending:
    'L’écriture {{id}} est une écriture en attente : seules les écritures comptabilisées s’extournent (annulez une écriture en attente).',
  reverseVoid:
    'L’écriture {{id}} est une annulation d’écriture en attente : seules les écritures comptabilisées s’extournent (annulez une écriture en attente).',
  reverseExpire:
    'L’écriture {{id}} est une expiration d’écriture en attente : seules les écritures comptabilisées s’extournent (annulez une écriture en attente).',
  alreadyReversed: 'L’écriture {{id}} a déjà été extournée par l’écriture {{reversal}}.',
  accountClosed: 'Le compte {{code}} est clôturé ; il n’accepte plus de mouvements.',
  differentAssets:
    '{{path}} passe d’un actif à un autre ({{debit}} tient {{debitAsset}}, {{credit}} tient {{creditAsset}})',
  issueDifferentAssets:
    'passe d’un actif à un autre ({{debit}} tient {{debitAsset}}, {{credit}} tient {{creditAsset}})',
  notPendingPost: 'L’écriture {{id}} n’est pas une écriture en attente ; il n’y a rien à comptabiliser.',
  notPendingVoid: 'L’écriture {{id}} n’est pas une écriture en attente ; il n’y a rien à annuler.',
  pendingAlreadyPosted:
    'L’écriture en attente {{id}} a déjà été comptabilisée par l’écriture {{resolution}}.',
  pendingAlreadyVoided: 'L’écriture en attente {{id}} a déjà été annulée par l’écriture {{resolution}}.',
  pendingAlreadyExpired: 'L’écriture en attente {{id}} a déjà expiré par l’écriture {{resolution}}.',
  pendingExpired: 'L’écriture en attente {{id}} a expiré ; rien n’a été comptabilisé.',
  refusedOverdraw:
    'Écriture {{id}} refusée : le compte {{code}} devrait plus qu’il ne détient (ses débits dépasseraient ses crédits), de {{amount}} unités mineures.',
  refusedBelowZero:
    'Écriture {{id}} refusée : le compte {{code}} passerait sous zéro (ses crédits dépasseraient ses débits), de {{amount}} unités mineures.',
  refusedLimit:
    'Écriture {{id}} refusée : le compte {{code}} dépasserait sa limite de {{limit}} unités mineures, de {{amount}} unités mineures.',
  entryIdFormat: 'l’identifiant doit compter de 1 à 64 lettres, chiffres ou - _ : . (un UUIDv7)',
  issueEntryIdFormat: 'doit compter de 1 à 64 lettres, chiffres ou - _ : . (un UUIDv7)',
  descriptionTooLong: 'le libellé dépasse {{n}} caractères',
  entryCodeLength: 'le code doit compter de 1 à {{n}} caractères',
  transferCodeLength: '{{path}} doit compter de 1 à {{n}} caractères',
  issueCodeLength: 'doit compter de 1 à {{n}} caractères',
  transfersCount: 'l’écriture doit compter de 1 à {{n}} mouvements',
  issueTransfersCount: 'doit compter de 1 à {{n}} mouvements',
  transferAmount: '{{path}} doit être un nombre entier positif d’unités mineures',
  issueTransferAmount: 'doit être un nombre entier positif d’unités mineures',
  sameAccount: '{{path}} débite et crédite le même compte',
  issueSameAccount: 'débite et crédite le même compte',
  effectiveAtFormat: 'la date de valeur doit être un instant en millisecondes depuis l’époque Unix',
  issueEffectiveAtFormat: 'doit être un instant en millisecondes depuis l’époque Unix',
  timeoutRange: 'le délai doit aller de 1 ms à {{n}} ms (90 jours)',
  issueTimeoutRange: 'doit aller de 1 ms à {{n}} ms (90 jours)',
  verifyMissingEntries: 'les écritures {{from}} à {{to}} manquent avant l’écriture {{id}}',
  verifyOutOfOrder: 'l’écriture {{id}} est enregistrée avant l’écriture qui la précède',
  verifyTransferCount:
    'l’écriture {{id}} annonce {{listed}} mouvements à partir du n° {{first}} ; {{found}} trouvés à partir du n° {{foundFirst}}',
  verifyNotAnAccount: 'l’écriture {{id}} mouvemente le compte n° {{account}}, qui n’est pas un compte',
  verifyTransferNotOfEntry:
    'le mouvement n° {{transfer}} n’appartient pas à l’écriture {{id}} telle qu’enregistrée',
  verifyTransferAsset:
    'le mouvement n° {{transfer}} de l’écriture {{id}} déplace {{asset}} entre des comptes d’autres actifs',
  verifyImpossibleAmount: 'le mouvement n° {{transfer}} de l’écriture {{id}} a un montant impossible',
  verifyRunningBalances:
    'le mouvement n° {{transfer}} de l’écriture {{id}} enregistre des soldes que l’historique de son compte ne justifie pas',
  verifyOrphanTransfers: '{{n}} lignes de mouvement n’appartiennent à aucune écriture',
  verifyStoredTotals: 'le compte {{code}} enregistre {{stored}} mais ses mouvements totalisent {{expected}}',
  verifyMissingExpiry: 'l’écriture en attente {{id}} est ouverte mais absente de la liste des expirations',
  verifyStrayExpiry:
    'l’écriture {{id}} figure dans la liste des expirations mais n’est pas une écriture en attente ouverte',
  verifyBadResolution: 'l’écriture {{id}} solde {{resolved}}, qui n’est pas une écriture en attente ouverte',
  verifyResolutionMismatch:
    'le mouvement n° {{transfer}} de l’écriture {{id}} ne correspond pas au mouvement en attente qu’il solde',
  verifyOverdrawn:
    'le compte {{code}} doit plus qu’il ne détient (ses débits dépassent ses crédits) : il est au-delà de {{amount}} unités mineures',
  verifyBelowZero:
    'le compte {{code}} est sous zéro (ses crédits dépassent ses débits) : il est au-delà de {{amount}} unités mineures',
  verifyOverLimit:
    'le compte {{code}} dépasse sa limite de {{limit}} unités mineures : il est au-delà de {{amount}} unités mineures',
  verifyAssetUnbalanced:
    'actif {{asset}} : débits comptabilisés {{postedDebits}} contre crédits {{postedCredits}}, débits en attente {{pendingDebits}} contre crédits {{pendingCredits}}',
  verifyBadReversal: 'l’écriture {{id}} extourne autre chose qu’une écriture comptabilisée antérieure',
  verifyChangedEntry:
    'l’écriture {{id}} a été modifiée après son enregistrement (son empreinte ne correspond pas à son contenu)',
  msisdnFormat: 'Le MSISDN doit compter de 8 à 15 chiffres (format international sans +).',
  issueMsisdnDigits: 'doit compter de 8 à 15 chiffres',
  walletLookupUnreachable: 'Impossible de consulter le portefeuille de {{party}} : {{detail}}',
  walletLookupRefused: 'L’opérateur a refusé la consultation du portefeuille : {{detail}}',
  walletNotFoundMsisdn:
    'L’opérateur n’a aucun portefeuille pour le revendeur {{party}} avec le MSISDN {{msisdn}}.',
  walletNotFound: 'L’opérateur n’a aucun portefeuille pour le revendeur {{party}}.',
  walletNoAmount: 'Le portefeuille de {{party}} a répondu, mais l’opérateur n’a envoyé aucun montant.',
  walletWrongUnits:
    'Le portefeuille de {{party}} a répondu, mais l’opérateur a envoyé un montant en {{units}} au lieu de {{expected}}.',
  walletBadAmount:
    'Le portefeuille de {{party}} a répondu, mais le montant de l’opérateur est invalide : {{problem}}.',
  walletAlreadyLinked: 'Le revendeur {{party}} est déjà lié au portefeuille {{wallet}}.',
  connectionNotSavedOffline:
    'La connexion n’a pas été enregistrée : {{detail}} Si l’opérateur est seulement injoignable aujourd’hui, enregistrez-la sans test (« Enregistrer sans tester » dans l’application, --offline en ligne de commande).',
  connectionNotSaved: 'La connexion n’a pas été enregistrée : {{detail}}',
  testBucketUnreadable:
    'Connexion réussie, mais le compte de gros {{bucket}} n’a pas pu être lu : {{detail}}',
  testBucketNoAmount: 'Le compte de gros a répondu, mais l’opérateur n’a envoyé aucun montant.',
  testBucketWrongUnits:
    'Le compte de gros a répondu, mais l’opérateur a envoyé un montant en {{units}} au lieu de {{expected}}.',
  testBucketBadAmount:
    'Le compte de gros a répondu, mais le montant de l’opérateur est invalide : {{problem}}.',
  testConnected: 'Connecté à {{name}} : connexion réussie et compte de gros lu.',
  actionNoAmount: 'Opération {{id}} : l’opérateur n’a envoyé aucun montant.',
  actionWrongUnits:
    'Opération {{id}} : l’opérateur a envoyé un montant en {{units}} au lieu de {{expected}}.',
  answerNotJson: 'L’opérateur a répondu {{status}} avec un contenu qui n’est pas du JSON.',
  answerNotTmf: 'La réponse de l’opérateur ne respecte pas TMF654 : {{detail}}',
  answerStatusReasonMessage: 'L’opérateur a répondu {{status}} : {{reason}} ({{detail}})',
  answerStatusReason: 'L’opérateur a répondu {{status}} : {{reason}}',
  answerStatus: 'L’opérateur a répondu {{status}}',
  tokenUnreachable: 'Impossible de joindre le service d’authentification de l’opérateur : {{detail}}.',
  tokenRefused:
    'L’opérateur a refusé l’identifiant client et le secret ; vérifiez les paramètres de connexion à l’opérateur.',
  tokenNotJson:
    'Le service d’authentification de l’opérateur a répondu avec un contenu qui n’est pas du JSON.',
  tokenNoAccessToken: 'Le service d’authentification de l’opérateur a répondu sans jeton d’accès.',
  tokenStatus: 'Le service d’authentification de l’opérateur a répondu {{status}}.',
  noAnswerTimeout: 'Aucune réponse de l’opérateur : la requête a expiré.',
  noAnswerCancelled: 'Aucune réponse de l’opérateur : la requête a été annulée.',
  noAnswer: 'Aucune réponse de l’opérateur : {{detail}}.',
  unitsFixed:
    'L’opérateur {{id}} comptabilise déjà le crédit en {{units}} à l’échelle {{scale}} ; ses unités ne peuvent pas changer.',
  bucketFixed:
    'L’opérateur {{id}} est lié au compte de gros {{bucket}} ; il ne peut pas passer à un autre compte.',
  noOperatorConnected:
    'Aucun opérateur n’est connecté à cet espace de travail ; connectez-en un d’abord (airledger operator connect).',
  operatorNotConnectedHere: 'L’opérateur {{id}} n’est pas connecté à cet espace de travail.',
  onboardCodeTaken:
    'Impossible d’inscrire {{name}} : {{code}} est déjà un code de revendeur (les codes ne sont jamais réutilisés, même après fermeture).',
  onboardPartyTaken:
    'Impossible d’inscrire {{name}} : la partie opérateur {{party}} appartient déjà à {{holder}}.',
  onboardUnknownParent:
    'Impossible d’inscrire {{name}} : le parent indiqué ne désigne aucun revendeur ({{parent}}).',
  onboardParentNotSub:
    'Impossible d’inscrire {{name}} : {{parent}} est un revendeur ; seul un sous-distributeur peut avoir des revendeurs sous lui.',
  onboardParentClosed:
    'Impossible d’inscrire {{name}} : {{parent}} est fermé ; choisissez un sous-distributeur ouvert.',
  onboardMsisdnTaken: 'Impossible d’inscrire {{name}} : {{msisdn}} est déjà le portefeuille de {{holder}}.',
  onboardUnknownPlan:
    'Impossible d’inscrire {{name}} : le plan de commission indiqué n’existe pas ({{plan}}).',
  onboardCreditLimitMissing:
    'Impossible d’inscrire {{name}} : la limite de crédit doit être supérieure à zéro pour un revendeur postpayé (c’est ce que le revendeur peut devoir).',
  changeUnknownParent:
    'Impossible de modifier {{name}} : le parent indiqué ne désigne aucun revendeur ({{parent}}).',
  changeParentNotSub:
    'Impossible de modifier {{name}} : {{parent}} est un revendeur ; seul un sous-distributeur peut avoir des revendeurs sous lui.',
  changeParentClosed:
    'Impossible de modifier {{name}} : {{parent}} est fermé ; choisissez un sous-distributeur ouvert.',
  changeMsisdnTaken: 'Impossible de modifier {{name}} : {{msisdn}} est déjà le portefeuille de {{holder}}.',
  changeUnknownPlan:
    'Impossible de modifier {{name}} : le plan de commission indiqué n’existe pas ({{plan}}).',
  changeCreditLimitMissing:
    'Impossible de modifier {{name}} : la limite de crédit doit être supérieure à zéro pour un revendeur postpayé (c’est ce que le revendeur peut devoir).',
  changeOwnBranch:
    'Impossible de modifier {{name}} : {{parent}} fait partie de l’agence de {{code}} ; un revendeur ne peut pas être placé sous lui-même.',
  changeClosed: 'Impossible de modifier {{name}} : il est fermé.',
  onboardOther: 'Impossible d’inscrire {{name}} : {{field}} {{problem}}.',
  changeOther: 'Impossible de modifier {{name}} : {{field}} {{problem}}.',
  reactivateClosedFinal: 'Impossible de réactiver {{name}} : il est fermé, et la fermeture est définitive.',
  closeClosedFinal: 'Impossible de fermer {{name}} : il est fermé, et la fermeture est définitive.',
  suspendClosedFinal: 'Impossible de suspendre {{name}} : il est fermé, et la fermeture est définitive.',
  closeOpenChildren: 'Impossible de fermer {{name}} : {{n}} revendeur(s) sous lui sont encore ouverts.',
  closeReceivableOpen:
    'Impossible de fermer {{name}} : sa créance n’est pas soldée ({{amount}} unités mineures) ; enregistrez d’abord les paiements ou remboursements.',
  closeStockHeld:
    'Impossible de fermer {{name}} : il détient encore du stock sur {{account}} ({{amount}} unités mineures) ; extournez-le d’abord.',
  issueCodeTaken:
    '{{code}} est déjà un code de revendeur (les codes ne sont jamais réutilisés, même après fermeture)',
  issuePartyTaken: 'la partie opérateur {{party}} appartient déjà à {{holder}}',
  issueParentNotSub:
    '{{parent}} est un revendeur ; seul un sous-distributeur peut avoir des revendeurs sous lui',
  issueParentClosed: '{{parent}} est fermé ; choisissez un sous-distributeur ouvert',
  issueMsisdnTaken: '{{msisdn}} est déjà le portefeuille de {{holder}}',
  issueUnknownPlan: 'ne désigne aucun plan de commission ({{plan}})',
  issueCreditLimitMissing:
    'doit être supérieur à zéro pour un revendeur postpayé (c’est ce que le revendeur peut devoir)',
  issueOwnBranch:
    '{{parent}} fait partie de l’agence de {{code}} ; un revendeur ne peut pas être placé sous lui-même',
  unknownRetailer: 'Aucun revendeur n’a le code {{code}}.',
  issueUnknownRetailer: 'ne désigne aucun revendeur ({{code}})',
  suspendedWithReason:
    '{{name}} ({{code}}) est suspendu ({{reason}}) ; seul un revendeur actif peut recevoir du stock.',
  suspended: '{{name}} ({{code}}) est suspendu ; seul un revendeur actif peut recevoir du stock.',
  closedWithReason:
    '{{name}} ({{code}}) est fermé ({{reason}}) ; seul un revendeur actif peut recevoir du stock.',
  closedNoStock: '{{name}} ({{code}}) est fermé ; seul un revendeur actif peut recevoir du stock.',
  dailyLimit:
    '{{name}} ({{code}}) peut recevoir {{limit}} par jour ; {{today}} déjà aujourd’hui, donc au plus {{left}} de plus.',
  prepaidShort:
    '{{name}} ({{code}}) est prépayé et dispose de {{room}} payés d’avance pour {{amount}} demandés ; enregistrez d’abord son paiement.',
  creditLimit:
    '{{name}} ({{code}}) dépasserait sa limite de crédit de {{limit}} : il peut encore recevoir {{room}}, {{amount}} demandés.',
  paymentIdReused:
    'Le paiement {{id}} a déjà été enregistré avec un autre contenu ; un nouveau paiement doit avoir un nouvel identifiant.',
  closedNoPayments: '{{name}} ({{code}}) est fermé ; il n’accepte plus de paiements.',
  applyToTooMuch: 'Les imputations règlent {{total}}, plus que les {{paid}} payés.',
  issueApplyToTooMuch: 'dépasse le montant du paiement',
  applyToUnknown: 'L’imputation {{index}} ne désigne aucune allocation ouverte de ce revendeur ({{id}}).',
  issueApplyToUnknown: 'ne désigne aucune allocation ouverte de ce revendeur',
  applyToOverUnpaid:
    'L’imputation {{index}} règle {{amount}}, mais seuls {{unpaid}} de cette allocation restent impayés.',
  issueApplyToOverUnpaid: 'dépasse le reste impayé',
  unknownPayment: 'Aucun paiement n’a l’identifiant {{id}}.',
  retailerFileNoRows: 'Le fichier n’a aucune ligne à importer.',
  retailerRowsInvalid:
    'Rien n’a été importé : {{invalid}} lignes sur {{total}} présentent des problèmes. Premier : ligne {{row}}, colonne {{column}} : {{detail}}.',
  retailerFileNoName: 'Le fichier n’a pas de colonne name (l’en-tête doit nommer au moins : name).',
  purchaseIdReused:
    'L’achat {{id}} a déjà été enregistré avec un autre contenu ; une nouvelle commande doit avoir un nouvel identifiant.',
  operatorPrepaid:
    '{{operator}} vous vend en prépayé ; payez en espèces, par virement ou par mobile money (ou définissez d’abord des conditions de crédit).',
  issueCreditNeedsTerms: 'le crédit exige des conditions de crédit',
  purchaseCancelled: 'L’achat {{number}} a été annulé ; créez une nouvelle commande.',
  operatorCreditLimit:
    'Acheter ceci à crédit porterait votre dette envers {{operator}} au-delà de sa limite de crédit de {{limit}} : {{left}} de crédit restant, {{needed}} nécessaires. Payez l’opérateur ou réglez cette commande d’avance.',
  unknownPurchase: 'Aucun bon de commande n’a l’identifiant {{id}}.',
  overpayment: 'Vous devez {{n}} {{unit}} à {{operator}} ; un paiement de {{amount}} réglerait davantage.',
  unknownOperatorPayment: 'Aucun paiement à un opérateur n’a l’identifiant {{id}}.',
  topupNumberNoCountryCodePrefixes:
    'Le numéro {{msisdn}} ne commence pas par l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}}) : ce n’est pas une ligne {{operator}}.',
  topupNumberNoCountryCode:
    'Le numéro {{msisdn}} ne commence pas par l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres) : ce n’est pas une ligne {{operator}}.',
  topupNumberDigitCountPrefixes:
    'Le numéro {{msisdn}} compte {{digitsFound}} chiffres après l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}}) : ce n’est pas une ligne {{operator}}.',
  topupNumberDigitCount:
    'Le numéro {{msisdn}} compte {{digitsFound}} chiffres après l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres) : ce n’est pas une ligne {{operator}}.',
  topupNumberNotPrefixPrefixes:
    'Le numéro {{msisdn}} ne correspond à aucun préfixe de cet opérateur (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}}) : ce n’est pas une ligne {{operator}}.',
  topupNumberNotPrefix:
    'Le numéro {{msisdn}} ne correspond à aucun préfixe de cet opérateur (attendu : {{countryCode}} suivi de {{digits}} chiffres) : ce n’est pas une ligne {{operator}}.',
  issueNumberNoCountryCodePrefixes:
    'ne commence pas par l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}})',
  issueNumberNoCountryCode:
    'ne commence pas par l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres)',
  issueNumberDigitCountPrefixes:
    'compte {{digitsFound}} chiffres après l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}})',
  issueNumberDigitCount:
    'compte {{digitsFound}} chiffres après l’indicatif du pays (attendu : {{countryCode}} suivi de {{digits}} chiffres)',
  issueNumberNotPrefixPrefixes:
    'ne correspond à aucun préfixe de cet opérateur (attendu : {{countryCode}} suivi de {{digits}} chiffres commençant par {{prefixes}})',
  issueNumberNotPrefix:
    'ne correspond à aucun préfixe de cet opérateur (attendu : {{countryCode}} suivi de {{digits}} chiffres)',
  possibleDuplicate:
    '{{msisdn}} a été rechargé du même montant il y a {{minutes}} minute(s). Si cette deuxième recharge est voulue, confirmez-la.',
  syncClosing: 'L’espace de travail est en cours de fermeture ; la synchronisation est arrêtée.',
  retailerStockShortUnknown:
    'Le revendeur détient actuellement {{held}} de stock ; il ne peut pas rendre {{amount}}. Extournez ce qu’il détient encore.',
  retailerStockShort:
    '{{party}} détient actuellement {{held}} de stock ; il ne peut pas rendre {{amount}}. Extournez ce qu’il détient encore.',
  insufficientStock:
    'Stock de gros insuffisant : {{available}} disponibles, {{requested}} demandés. Le stock acheté compte une fois l’achat confirmé par l’opérateur : lancez une synchronisation, ou achetez davantage.',
  unknownAction: 'L’opération opérateur {{id}} n’existe pas.',
  operatorNotConnected:
    'L’opérateur {{id}} n’est pas connecté ; connectez-le d’abord (airledger operator connect).',
  noLinkedWalletNone: 'Aucun portefeuille de revendeur lié chez l’opérateur {{operator}} n’est indiqué.',
  noLinkedWallet:
    'Le revendeur indiqué n’a aucun portefeuille lié chez l’opérateur {{operator}} ({{party}}).',
  issueNoLinkedWallet: 'ne désigne aucun portefeuille de revendeur lié',
  topupNeedsMsisdn: 'Le numéro est obligatoire pour une recharge directe.',
  actionIdReused:
    'L’opération {{id}} a déjà été enregistrée avec un autre contenu ; une nouvelle opération doit avoir un nouvel identifiant.',
  notRetryable:
    'L’opération {{id}} est à l’état « {{state}} » ; seule une opération échouée peut être relancée.',
  cancelOutcomeUnsettled:
    'L’opération {{id}} a déjà été envoyée et son issue n’est pas encore connue ; annulez-la une fois que l’opérateur aura répondu.',
  actionChanged: 'L’opération {{id}} a changé pendant votre demande ; consultez-la à nouveau.',
  cancelOutcomeUnknown:
    'L’opération {{id}} est peut-être parvenue à l’opérateur ; Airledger le vérifie. Annulez-la après la prochaine synchronisation.',
  alreadyFinal: 'L’opération {{id}} est déjà à l’état « {{state}} » ; elle ne peut plus être annulée.',
  reasonCancelledBeforeSent: 'Annulée avant son envoi à l’opérateur.',
  reasonRefusedByOperator: 'Refusée par l’opérateur : {{detail}}',
  reasonOperatorReports: 'L’opérateur indique l’état « {{status}} » pour cette opération.',
  reasonAmountDiffers:
    'L’opérateur a mouvementé {{moved}} unités mineures, et non les {{requested}} demandées.',
  reasonLateConfirmation:
    'Confirmée après l’expiration de sa réservation au grand livre ; comptabilisée comme une nouvelle écriture.',
  cancellationRefused: 'Annulation refusée : {{detail}}',
  cycleOperatorStopped:
    'L’opérateur a cessé de répondre ; la file d’attente conserve le reste pour la prochaine synchronisation.',
  cycleSalesFeed: 'Flux des ventes : {{detail}}',
  cycleBalances: 'Soldes : {{detail}}',
  reconciliationPendingAllocationReversal:
    'Notre extourne d’allocation {{id}} est terminée chez l’opérateur ; la prochaine synchronisation la confirmera ici.',
  reconciliationPendingAllocation:
    'Notre allocation {{id}} est terminée chez l’opérateur ; la prochaine synchronisation la confirmera ici.',
  reconciliationPendingPurchase:
    'Notre achat {{id}} est terminé chez l’opérateur ; la prochaine synchronisation le confirmera ici.',
  reconciliationPendingDirectTopup:
    'Notre recharge directe {{id}} est terminée chez l’opérateur ; la prochaine synchronisation la confirmera ici.',
  reconciliationUnknownBy:
    '{{type}} {{id}} chez l’opérateur par {{party}} ne figure pas dans les livres de cet espace de travail.',
  reconciliationUnknown:
    '{{type}} {{id}} chez l’opérateur ne figure pas dans les livres de cet espace de travail.',
  reversalWaitingNoWallet:
    'L’annulation de vente {{id}} n’est pas encore comptabilisée : le revendeur {{party}} n’a pas de portefeuille lié.',
  reversalWaitingSale:
    'L’annulation de vente {{id}} n’est pas encore comptabilisée : la vente {{sale}} qu’elle annule n’est pas encore comptabilisée.',
  reversalWaiting: 'L’annulation de vente {{id}} n’est pas encore comptabilisée : {{detail}}.',
  reversalNotBooked: 'L’annulation de vente {{id}} n’est pas encore comptabilisée.',
  saleWaitingNoWallet:
    'La vente {{id}} n’est pas encore comptabilisée : le revendeur {{party}} n’a pas de portefeuille lié.',
  saleWaiting: 'La vente {{id}} n’est pas encore comptabilisée : {{detail}}.',
  saleNotBooked: 'La vente {{id}} n’est pas encore comptabilisée.',
  waitingNoWallet: 'Le revendeur {{party}} n’a pas de portefeuille lié.',
  waitingSale: 'La vente {{sale}} qu’elle annule n’est pas encore comptabilisée.',
  noClosedPeriod: 'Aucune période de règlement clôturée {{id}} n’existe.',
  issueNoClosedPeriod: 'ne désigne aucune période clôturée',
  noStatementInPeriod: '{{code}} n’a aucun relevé pour {{period}}.',
  issueNoStatementInPeriod: 'n’a aucun relevé pour cette période',
  exportClosing: 'L’espace de travail est en cours de fermeture ; rouvrez-le pour exporter.',
  exportJobReused:
    'L’export {{id}} a été lancé pour un autre classeur ; utilisez un nouvel identifiant d’export pour celui-ci.',
  issueExportJobReused: 'est déjà utilisé pour un autre export',
  workbookUnwritable:
    'Impossible d’écrire le classeur dans {{file}} : {{detail}}. Choisissez un autre dossier.',
  exportCancelledNothingKept: 'L’export de {{file}} a été annulé ; rien n’a été conservé.',
  tooManyExports:
    'Vous avez déjà {{n}} exports de règlement en cours : attendez qu’un export se termine, ou annulez-en un, puis lancez celui-ci.',
  unknownExport:
    'Vous n’avez aucun export de règlement {{id}} : un export terminé est conservé {{minutes}} minutes, et aucun ne survit à la fermeture de l’espace de travail. Relancez-le.',
  issueUnknownExport: 'ne désigne aucun de vos exports',
  exportRunning:
    '{{file}} est encore en cours d’écriture ({{written}} lignes sur {{total}}) : récupérez-le une fois l’export terminé.',
  exportFailed: '{{file}} n’a pas pu être écrit ({{detail}}) ; il n’y a aucun fichier à récupérer.',
  exportCancelled: 'L’export de {{file}} a été annulé : rien n’a été conservé. Relancez-le.',
  exportTaken: '{{file}} a déjà été déplacé à l’endroit voulu ; il ne reste rien ici.',
  exportUnexpected:
    'Airledger a rencontré une erreur inattendue en écrivant le classeur ; elle a été journalisée.',
  periodsInOrder:
    'Les périodes se clôturent dans l’ordre : la prochaine à clôturer est {{label}} ({{key}}), et non {{requested}}.',
  periodNotOver: '{{label}} n’est pas terminée : elle se termine le {{end}} ; clôturez-la après.',
  unknownStatementVersion: 'Aucun relevé {{id}} en version {{version}} n’existe.',
  unknownStatement: 'Aucun relevé {{id}} n’existe.',
  issueNoStatement: 'ne désigne aucun relevé',
  staleVersion:
    'Le relevé {{id}} a une version plus récente ({{newer}}) que la {{version}} : consultez-la d’abord.',
  statementApprovedNeedsDraft:
    'Le relevé {{id}} en version {{version}} est approuvé ; cette action exige qu’il soit brouillon.',
  statementPaidNeedsDraft:
    'Le relevé {{id}} en version {{version}} est payé ; cette action exige qu’il soit brouillon.',
  statementSupersededNeedsDraft:
    'Le relevé {{id}} en version {{version}} est remplacé ; cette action exige qu’il soit brouillon.',
  statementDraftNeedsApproved:
    'Le relevé {{id}} en version {{version}} est brouillon ; cette action exige qu’il soit approuvé.',
  statementPaidNeedsApproved:
    'Le relevé {{id}} en version {{version}} est payé ; cette action exige qu’il soit approuvé.',
  statementSupersededNeedsApproved:
    'Le relevé {{id}} en version {{version}} est remplacé ; cette action exige qu’il soit approuvé.',
  statementPaidNeedsDraftOrApproved:
    'Le relevé {{id}} en version {{version}} est payé ; cette action exige qu’il soit brouillon ou approuvé.',
  statementSupersededNeedsDraftOrApproved:
    'Le relevé {{id}} en version {{version}} est remplacé ; cette action exige qu’il soit brouillon ou approuvé.',
  statementState:
    'Le relevé {{id}} en version {{version}} est à l’état « {{state}} » ; cette action exige l’état « {{states}} ».',
  sameApprover: '{{user}} a établi cette version de {{id}} ; une autre personne doit l’approuver.',
  noReceivableToOffset: '{{code}} n’a aucune créance sur laquelle compenser.',
  laterPeriodClosed:
    'Une période ultérieure est clôturée : corrigez plutôt {{id}} par les ajustements de cette période.',
  writingFailed: 'L’écriture de {{file}} a échoué : {{detail}}. Rien n’a été conservé.',
  exportCancelledPartial: 'L’export vers {{file}} a été annulé ; le fichier partiel a été supprimé.',
} satisfies Catalog<typeof english>;
