import type { Catalog } from '../../catalog';
import type { workspace as english } from '../en/workspace';

/** Texte français des écrans de l’espace de travail (premier lancement, ouverture). */
export const workspace = {
  gate: {
    unreachable: 'Airledger ne parvient pas à accéder à son espace de travail',
  },
  firstRun: {
    title: 'Bienvenue dans Airledger',
    tagline: 'Le back-office de votre distribution de crédit de communication.',
    modes: {
      create: 'Créer un espace de travail',
      open: 'Ouvrir un espace de travail',
    },
    failed: 'L’opération a échoué',
    create: {
      distributorName: 'Nom du distributeur',
      distributorNameHint: 'Votre société, telle qu’elle figure sur les règlements',
      distributorNamePlaceholder: 'ex. Sahel Airtime Distribution',
      baseCurrency: 'Devise de référence',
      baseCurrencyHint: 'La devise dans laquelle votre comptabilité est tenue',
      folder: 'Dossier de l’espace de travail',
      folderHint: 'Emplacement de la base de données chiffrée',
      encryptedWith: 'La base de données est chiffrée avec la clé provenant de {{keySource}}.',
      submit: 'Créer l’espace de travail',
    },
    open: {
      existsAtDefault:
        'Un espace de travail existe déjà dans le dossier par défaut. Ouvrez-le pour continuer.',
      folder: 'Dossier de l’espace de travail',
      submit: 'Ouvrir l’espace de travail',
    },
    unopenable: {
      wrong_key: {
        title: 'Cet espace de travail ne s’ouvre pas avec la clé de cet ordinateur',
        explanation:
          'La clé qu’Airledger a pour lui (venant de {{keySource}}) n’ouvre plus la base de données chiffrée. Cela arrive le plus souvent après une réinitialisation ou un changement du trousseau du système (nouveau compte utilisateur, système réinstallé), ou quand l’espace de travail a été copié depuis un autre ordinateur. Les livres sont toujours dans le fichier, mais rien ne peut les lire sans la clé qui les a chiffrés.',
      },
      not_a_database: {
        title: 'Le fichier de l’espace de travail est endommagé',
        explanation:
          'Le fichier du dossier de l’espace de travail n’est pas une base de données lisible par Airledger : il a pu être tronqué par un plantage ou un disque plein, ou écrasé par un autre programme.',
      },
      cannot_open: {
        title: 'Le fichier de l’espace de travail ne peut pas être ouvert',
        explanation:
          'Airledger n’a pas pu ouvrir le fichier du dossier de l’espace de travail : il est peut-être endommagé, illisible avec les droits de ce compte, ou sur un disque qui n’est plus là.',
      },
      whatToDo:
        'Si vous avez une sauvegarde (faite dans Paramètres → Sauvegarde, ou avec airledger backup), restaurez-la : le fichier qui ne s’ouvre pas est mis de côté, renommé, pas supprimé. Sinon, demandez conseil à la personne qui s’occupe de cet ordinateur avant de changer quoi que ce soit.',
      detail: 'Détails : {{message}}',
    },
    restore: {
      open: 'Restaurer une sauvegarde',
      formLabel: 'Restaurer une sauvegarde',
      intro:
        'Choisissez un fichier de sauvegarde (.alb) fait dans Paramètres → Sauvegarde ou avec airledger backup. Il est d’abord vérifié (sa clé, sa version, son grand livre), puis il remplace l’espace de travail et s’ouvre.',
      file: 'Fichier de sauvegarde',
      fileHint:
        'Une sauvegarde Airledger (.alb), jusqu’à 256 Mo ; restaurez-en une plus grande avec airledger restore.',
      filePlaceholder: 'Choisir un fichier de sauvegarde',
      fileTooLarge: 'Ce fichier dépasse 256 Mo : restaurez-le avec airledger restore sur cet ordinateur.',
      passphrase: 'Phrase secrète de la sauvegarde',
      passphraseHint:
        'La phrase secrète donnée lors de la sauvegarde ; laissez vide si elle a été faite avec la clé de l’espace de travail.',
      keptAsideNote:
        'Le fichier actuel de l’espace de travail n’est pas supprimé : il est gardé dans le même dossier sous le nom airledger.db.before-restore-<heure>.',
      submit: 'Restaurer cette sauvegarde',
      back: 'Retour',
      running: 'Vérification et restauration de la sauvegarde…',
      failed: 'La sauvegarde n’a pas été restaurée',
      confirm: {
        title: 'Remplacer l’espace de travail par cette sauvegarde ?',
        body: 'L’espace de travail sera remplacé par la sauvegarde {{fileName}} : ce qui a été saisi après cette sauvegarde n’y sera pas.',
        keptAside:
          'Le fichier actuel de l’espace de travail est mis de côté dans le même dossier, renommé airledger.db.before-restore-<heure>, pour que rien ne soit perdu définitivement.',
        confirm: 'Restaurer',
      },
    },
  },
  currencies: {
    option: '{{code}} : {{name}}',
    names: {
      XOF: 'franc CFA (BCEAO)',
      XAF: 'franc CFA (BEAC)',
      NGN: 'naira nigérian',
      GHS: 'cedi ghanéen',
      KES: 'shilling kényan',
      UGX: 'shilling ougandais',
      TZS: 'shilling tanzanien',
      RWF: 'franc rwandais',
      ZAR: 'rand sud-africain',
      MAD: 'dirham marocain',
      EGP: 'livre égyptienne',
      INR: 'roupie indienne',
      USD: 'dollar américain',
      EUR: 'euro',
      GBP: 'livre sterling',
    },
  },
} satisfies Catalog<typeof english>;
