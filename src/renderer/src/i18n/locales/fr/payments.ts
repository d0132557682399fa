import type { Catalog } from '../../catalog';
import type { payments as english } from '../en/payments';

/** Texte français des écrans payments. */
export const payments = {
  methods: {
    cash: 'Espèces',
    bank_transfer: 'Virement bancaire',
    mobile_money: 'Mobile money',
  },
  record: {
    title: 'Enregistrer un paiement de {{name}}',
    formLabel: 'Enregistrer un paiement',
    method: 'Mode de paiement',
    amount: 'Montant',
    amountHint: 'Reçu, en {{currency}}',
    receivedOn: 'Reçu le',
    reference: 'Référence',
    referenceHint: 'Transaction bancaire ou mobile money, numéro du carnet de reçus…',
    note: 'Note',
    errors: {
      future: 'ne doit pas être dans le futur',
      tooLong: 'dépasse {{max}} caractères',
    },
    settles: {
      title: 'Ce qu’il règle, du plus ancien au plus récent',
      outstanding: 'Restant dû <amount/>',
      readError: 'Les allocations ouvertes n’ont pas pu être chargées',
      nothingOpen:
        'Aucune allocation confirmée n’attend de paiement : le paiement est conservé comme avance.',
      columns: {
        allocation: 'Allocation',
        confirmed: 'Confirmée le',
        outstanding: 'Restant dû',
        thisPayment: 'Ce paiement',
      },
      advance: '<amount/> au-delà de ce qui est dû pour les allocations est conservé comme avance.',
    },
    notRecorded: 'Le paiement n’a pas été enregistré',
    submit: 'Enregistrer le paiement',
  },
  receipt: {
    title: 'Paiement enregistré',
    heading: 'Reçu',
    recordedAt: 'Enregistré le {{date}}',
    recordedBy: 'par {{user}}',
    rows: {
      receivedFrom: 'Reçu de',
      amount: 'Montant',
      method: 'Mode de paiement',
      reference: 'Référence',
      receivedOn: 'Reçu le',
      note: 'Note',
    },
    retailer: '{{name}} ({{code}})',
    settled: 'Réglé',
    settledNone: 'Aucune allocation : conservé comme avance.',
    allocation: 'Allocation {{reference}}',
    owedBefore: 'Dû avant',
    owedAfter: 'Dû après',
    paidInAdvance: 'payé d’avance',
    print: 'Imprimer',
  },
  card: {
    title: 'Paiements',
    none: 'Aucun pour l’instant',
    newest: 'Les {{shown}} plus récents sur {{total}}',
    all: '{{total}} au total',
    readError: 'Les paiements n’ont pas pu être chargés',
    empty:
      'Aucun paiement enregistré. Enregistrez-en un quand le revendeur paie ; il règle ses allocations de la plus ancienne à la plus récente.',
    tableLabel: 'Paiements',
    columns: {
      receipt: 'Reçu',
      received: 'Reçu le',
      method: 'Mode',
      amount: 'Montant',
      reference: 'Référence',
    },
  },
} satisfies Catalog<typeof english>;
