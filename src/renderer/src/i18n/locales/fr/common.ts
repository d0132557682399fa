import type { Catalog } from '../../catalog';
import type { common as english } from '../en/common';

/** Texte français commun à tous les écrans. */
export const common = {
  language: {
    choose: 'Langue',
  },
  field: {
    required: 'est obligatoire',
  },
  amount: {
    notAnAmount: 'doit être un montant comme 150000 ou 1 500,50',
    noDecimals: 'ne prend pas de décimales dans cette devise',
    tooManyDecimals: 'prend au plus {{scale}} décimales',
    tooLarge: 'est trop grand (au plus {{digits}} chiffres)',
    notPositive: 'doit être supérieur à zéro',
  },
  percent: {
    notAPercent: 'doit être un pourcentage comme 3,5',
    tooManyDecimals: 'prend au plus 2 décimales (0,01 % est un point de base)',
  },
  actions: {
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    retry: 'Réessayer',
  },
} satisfies Catalog<typeof english>;
