import type { Catalog } from '../../catalog';
import type { common as english } from '../en/common';

/** Texte français commun à tous les écrans. */
export const common = {
  language: {
    choose: 'Langue',
  },
  actions: {
    cancel: 'Annuler',
    close: 'Fermer',
    save: 'Enregistrer',
    retry: 'Réessayer',
  },
} satisfies Catalog<typeof english>;
