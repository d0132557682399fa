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
