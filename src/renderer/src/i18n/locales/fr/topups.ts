import type { Catalog } from '../../catalog';
import type { topups as english } from '../en/topups';

/** Texte français des écrans topups. */
export const topups = {
  card: {
    title: 'Recharge directe',
    description:
      "Rechargez la ligne d'un client depuis votre propre guichet : une vente directe prise sur votre stock de gros.",
    formLabel: 'Recharge directe',
    submit: 'Recharger',
    notQueued: "La recharge n'a pas été mise en file",
  },
  fields: {
    msisdn: { label: 'Ligne du client (MSISDN)' },
    amount: { label: 'Montant', description: 'Crédit en {{currency}}' },
    denominations: 'Valeurs faciales',
    note: { label: 'Note' },
  },
  numbering: {
    international: 'Format international sans +, par ex. 221771234567',
    digits: '{{countryCode}} + {{digits}} chiffres',
    digitsWithPrefixes: '{{countryCode}} + {{digits}} chiffres, commençant par {{prefixes}}',
    prefixSeparator: ' ou ',
  },
  errors: {
    msisdnFormat: 'doit comporter de 8 à 15 chiffres, au format international sans +',
    notThisOperator: "n'est pas une ligne de cet opérateur ({{numbering}})",
  },
  queued: {
    title: 'Recharge de {{msisdn}} mise en file',
    message: "{{amount}} réservés sur votre stock de gros ; la prochaine synchronisation l'envoie.",
  },
  duplicate: {
    title: 'Recharger de nouveau cette ligne ?',
    confirm: 'Oui, recharger de nouveau',
    cancel: 'Non',
  },
} satisfies Catalog<typeof english>;
