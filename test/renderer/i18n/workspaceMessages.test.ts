import { afterEach, describe, expect, it } from 'vitest';
import { localizeContractMessage, localizeErrorBody } from '../../../src/renderer/src/i18n/contractMessages';
import { i18n } from '../../../src/renderer/src/i18n/i18n';

/** Messages as the workspace, reports, audit, dashboard and update parts of the core write them. */
const examples: Array<[english: string, french: string]> = [
  [
    'Cléo Sarr may not users.list (needs the users.manage permission).',
    'Cléo Sarr n’est pas autorisé(e) à effectuer users.list (il faut la permission users.manage).',
  ],
  [
    'No workspace is open; create or open one first.',
    'Aucun espace de travail n’est ouvert ; créez-en un ou ouvrez-en un d’abord.',
  ],
  [
    'No reseller NOBODY exists in this workspace.',
    'Aucun revendeur NOBODY n’existe dans cet espace de travail.',
  ],
  [
    'Name the reseller whose sales to list (retailerCode).',
    'Indiquez le revendeur dont il faut lister les ventes (retailerCode).',
  ],
  [
    'You already have a view named "Dakar": choose another name, or rename or delete that one first.',
    'Vous avez déjà une vue nommée « Dakar » : choisissez un autre nom, ou renommez ou supprimez d’abord celle-ci.',
  ],
  ['Awa Boutique is low on stock', 'Le stock de Awa Boutique est bas'],
  ['2 allocation(s) wait for approval', '2 allocation(s) en attente d’approbation'],
  ['350,000 XOF left, alert at 400,000 XOF.', 'Il reste 350,000 XOF, alerte à 400,000 XOF.'],
  ['PO-2025-0007 is overdue', 'PO-2025-0007 est en retard de paiement'],
  ['foreign keys', 'clés étrangères'],
  ['schema 14 of 14', 'schéma 14 sur 14'],
  [
    'audit event #12 (allocations.create by Awa Ndiaye at 2025-03-01T10:00:00.000Z) was changed after it was written (its hash does not match its content)',
    'l’événement d’audit n° 12 (allocations.create par Awa Ndiaye le 2025-03-01T10:00:00.000Z) a été modifié après son écriture (son empreinte ne correspond plus à son contenu)',
  ],
  [
    'Denominations are counted per reseller only for selections of up to 5000 resellers.',
    'Les coupures ne sont comptées par revendeur que pour des sélections d’au plus 5000 revendeurs.',
  ],
  [
    "commission is earned on all of a reseller's sales, whatever the channel",
    'la commission porte sur toutes les ventes d’un revendeur, quel que soit le canal',
  ],
  [
    'The key from the AIRLEDGER_DB_KEY environment variable does not open the workspace at /data/acme: wrong key, or a damaged file. Nothing was changed.',
    'La clé provenant de the AIRLEDGER_DB_KEY environment variable n’ouvre pas l’espace de travail situé dans /data/acme : mauvaise clé, ou fichier endommagé. Rien n’a été modifié.',
  ],
  [
    'The update was not installed: closing the ledger database failed (database is locked). Nothing was lost; try again later.',
    'La mise à jour n’a pas été installée : la fermeture de la base du grand livre a échoué (database is locked). Rien n’a été perdu ; réessayez plus tard.',
  ],
  ['Signed in as awa', 'S’est connecté en tant que awa'],
  [
    'Changed retailer R-0001: creditLimitMinor 500000 → 750000',
    'A modifié le revendeur R-0001 : creditLimitMinor 500000 → 750000',
  ],
  ['Onboarded retailer R-0001 Awa Boutique', 'A enregistré le revendeur R-0001 Awa Boutique'],
  ['Retried the allocation reversal 0195-ab', 'A relancé la contre-passation d’allocation 0195-ab'],
  ['Allocated 50,000 AIR to wallet W-17', 'A alloué 50,000 AIR au portefeuille W-17'],
  ['Allocated 50,000 AIR to AWA', 'A alloué 50,000 AIR à AWA'],
  ['has 3 decimals; this currency takes at most 2', 'a 3 décimales ; cette devise en prend au plus 2'],
];

describe('the workspace messages in French', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows each message the core writes in French', async () => {
    await i18n.changeLanguage('fr');
    for (const [english, french] of examples) expect(localizeContractMessage(english)).toBe(french);
  });

  it('translates a refusal and its field issues', async () => {
    await i18n.changeLanguage('fr');
    expect(
      localizeErrorBody({
        code: 'bad_input',
        message: 'No operator sandbox-9 is connected to this workspace.',
        issues: [{ path: 'operatorIds', message: 'names an unknown operator sandbox-9' }],
      }),
    ).toEqual({
      code: 'bad_input',
      message: 'Aucun opérateur sandbox-9 n’est relié à cet espace de travail.',
      issues: [{ path: 'operatorIds', message: 'désigne un opérateur inconnu sandbox-9' }],
    });
  });

  it('leaves the English as the core wrote it', async () => {
    await i18n.changeLanguage('en');
    for (const [english] of examples) expect(localizeContractMessage(english)).toBe(english);
  });
});
