import type { Catalog } from '../../catalog';
import type { audit as english } from '../en/audit';

/** Texte français des écrans audit. */
export const audit = {
  labels: {
    outcomes: {
      ok: 'Effectué',
      refused: 'Refusé',
      interrupted: 'Interrompu',
    },
    transports: {
      ipc: 'Application de bureau',
      http: 'Mode navigateur',
      cli: 'Ligne de commande',
      test: 'Test',
    },
    everyOperation: 'Toutes les opérations {{group}}',
  },
  screen: {
    title: 'Journal d’audit',
    description:
      'Qui a modifié quoi, quand et d’où, avec la valeur avant et après ; les tentatives refusées aussi.',
    exportCsv: 'Exporter en CSV',
    readError: 'Le journal d’audit n’a pas pu être lu',
    empty: {
      nothingYet: 'Rien n’a encore été enregistré.',
      noMatch: 'Aucun événement ne correspond à ces filtres.',
    },
    tableLabel: 'Événements d’audit',
    pageNoun: 'événements',
    columns: {
      at: 'Quand',
      actor: 'Qui',
      transport: 'Depuis',
      operation: 'Opération',
      outcome: 'Résultat',
      summary: 'Quoi',
    },
    export: {
      downloaded: '{{fileName}} téléchargé',
      newest:
        'Les {{rows}} événements les plus récents sur {{total}} : réduisez les jours pour les plus anciens.',
      events_one: '{{countText}} événement',
      events_many: '{{countText}} d’événements',
      events_other: '{{countText}} événements',
      error: 'Le fichier d’audit n’a pas pu être créé',
    },
  },
  search: {
    label: 'Rechercher dans les résumés',
  },
  filters: {
    days: 'Jours',
    who: 'Qui',
    anyone: 'Tout le monde',
    operation: 'Opération',
    outcome: 'Résultat',
    transport: 'Origine',
    any: 'Indifférent',
    clear: 'Effacer les filtres',
  },
  chain: {
    title: 'Chaîne de hachage',
    intact: 'Intacte',
    broken: 'Rompue',
    notChecked: 'Non vérifiée depuis l’ouverture de cet espace de travail.',
    verified: 'Chaîne vérifiée le {{at}} ({{scope}} : {{countText}} contrôlés).',
    checked: 'Chaîne contrôlée le {{at}} ({{scope}} : {{countText}} contrôlés).',
    scope: {
      full: 'tous les événements',
      quick: 'les événements les plus récents',
    },
    verify: 'Vérifier la chaîne',
    runError: 'Le contrôle n’a pas pu être lancé',
    violationsTitle: 'Des événements ont été modifiés, supprimés ou non enregistrés à l’insu d’Airledger',
    ledgerProblems_one:
      'Le contrôle propre du grand livre a trouvé {{countText}} problème : <anchor>voir l’écran Grand livre</anchor>.',
    ledgerProblems_many:
      'Le contrôle propre du grand livre a trouvé {{countText}} de problèmes : <anchor>voir l’écran Grand livre</anchor>.',
    ledgerProblems_other:
      'Le contrôle propre du grand livre a trouvé {{countText}} problèmes : <anchor>voir l’écran Grand livre</anchor>.',
  },
  event: {
    title: 'Événement d’audit',
    titleWithSeq: 'Événement d’audit n° {{seq}}',
    readError: 'L’événement n’a pas pu être lu',
    refused: 'Refusé : rien n’a été modifié',
    interrupted: {
      title: 'Interrompu',
      body: 'L’application s’est arrêtée pendant cette opération : on ne sait pas si elle a modifié quelque chose. Vérifiez l’objet ci-dessous dans son état actuel.',
    },
    rows: {
      when: 'Quand',
      who: 'Qui',
      transport: 'Origine',
      operation: 'Opération',
      outcome: 'Résultat',
      subject: 'Objet',
      previousHash: 'Empreinte précédente',
      hash: 'Empreinte',
    },
    notSignedIn: 'non connecté',
    input: {
      show: 'Données saisies, telles quelles (secrets masqués)',
      hide: 'Masquer les données saisies',
    },
    changes: {
      created: 'Ce qui a été créé',
      changed: 'Ce qui a été modifié',
      noSubject: 'Cet appel n’enregistre aucun objet qui lui soit propre.',
      columns: {
        field: 'Champ',
        before: 'Avant',
        after: 'Après',
      },
      nothingChanged: 'Rien n’a été modifié.',
      hideUnchanged: 'Masquer les champs inchangés',
      showUnchanged_one: 'Afficher {{countText}} champ inchangé',
      showUnchanged_many: 'Afficher {{countText}} de champs inchangés',
      showUnchanged_other: 'Afficher {{countText}} champs inchangés',
    },
  },
} satisfies Catalog<typeof english>;
