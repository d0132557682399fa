import { afterEach, describe, expect, it } from 'vitest';
import { localizeContractMessage, localizeErrorBody } from '../../../src/renderer/src/i18n/contractMessages';
import { i18n } from '../../../src/renderer/src/i18n/i18n';
import { businessMessages } from '../../../src/renderer/src/i18n/locales/en/businessMessages';

/** Messages exactly as the core writes them (most copied from the core's own tests), and their French. */
const examples: Array<[english: string, french: string]> = [
  ['Wrong username or password.', 'Nom d’utilisateur ou mot de passe incorrect.'],
  [
    'Wrong username or password. After 5 failed attempts the account is locked for 1 minute.',
    'Nom d’utilisateur ou mot de passe incorrect. Après 5 tentatives échouées, le compte est verrouillé pendant 1 minute.',
  ],
  [
    'Too many failed sign-ins for awa: try again in 2 minutes, or ask an administrator to reset the password.',
    'Trop de connexions échouées pour awa : réessayez dans 2 minutes, ou demandez à un administrateur de réinitialiser le mot de passe.',
  ],
  [
    'Your session locked after 15 minutes without use: sign in again to go on.',
    'Votre session s’est verrouillée après 15 minutes d’inactivité : reconnectez-vous pour continuer.',
  ],
  [
    'Your account works on the branch of SD-01 only; retailer AWA is outside it.',
    'Votre compte travaille uniquement sur l’agence de SD-01 ; le revendeur AWA est en dehors.',
  ],
  [
    'Only 250,000 XOF of this allocation of 400,000 XOF is left to reverse.',
    'Il ne reste que 250,000 XOF à extourner sur cette allocation de 400,000 XOF.',
  ],
  [
    'AWA holds 150,000 XOF of stock now; it cannot give back 100,000 XOF. Reverse what it still holds.',
    'AWA détient actuellement 150,000 XOF de stock ; il ne peut pas rendre 100,000 XOF. Extournez ce qu’il détient encore.',
  ],
  [
    "This allocation needs a second person's approval: 2,000,000 XOF is above the approval threshold of 1,000,000 XOF. Request it from the Allocations screen.",
    'Cette allocation doit être approuvée par une deuxième personne : 2,000,000 XOF dépasse le seuil d’approbation de 1,000,000 XOF. Demandez-la depuis l’écran Allocations.',
  ],
  [
    'Cannot onboard Another Awa: code AWA is already a reseller code (codes are never reused, even after closing).',
    'Impossible d’inscrire Another Awa : AWA est déjà un code de revendeur (les codes ne sont jamais réutilisés, même après fermeture).',
  ],
  [
    'SHOP-1 is a retailer; only a sub-distributor can have retailers under it',
    'SHOP-1 est un revendeur ; seul un sous-distributeur peut avoir des revendeurs sous lui',
  ],
  [
    'Awa Boutique (AWA) would go over its credit limit of 500,000 XOF: it can take 200,000 XOF more, 250,000 XOF requested.',
    'Awa Boutique (AWA) dépasserait sa limite de crédit de 500,000 XOF : il peut encore recevoir 200,000 XOF, 250,000 XOF demandés.',
  ],
  [
    'Awa Boutique (AWA) is prepaid and has 0 XOF paid in advance for 100,000 XOF requested; record its payment first.',
    'Awa Boutique (AWA) est prépayé et dispose de 0 XOF payés d’avance pour 100,000 XOF demandés ; enregistrez d’abord son paiement.',
  ],
  [
    'Awa Boutique (AWA) may be allocated 400,000 XOF a day; 300,000 XOF already today, so at most 100,000 XOF more.',
    'Awa Boutique (AWA) peut recevoir 400,000 XOF par jour ; 300,000 XOF déjà aujourd’hui, donc au plus 100,000 XOF de plus.',
  ],
  [
    'Awa Boutique (AWA) is suspended (Audit); only an active retailer can be allocated stock.',
    'Awa Boutique (AWA) est suspendu (Audit) ; seul un revendeur actif peut recevoir du stock.',
  ],
  [
    'applyTo.0 settles 300000, but only 250000 of that allocation is unpaid.',
    'L’imputation 0 règle 300000, mais seuls 250000 de cette allocation restent impayés.',
  ],
  [
    'You owe Sandbox Telecom 1,470,000 XOF; a payment of 1,500,000 XOF would pay more than that.',
    'Vous devez 1,470,000 XOF à Sandbox Telecom ; un paiement de 1,500,000 XOF réglerait davantage.',
  ],
  [
    'Buying this on credit would take what you owe sandbox over its credit limit of 2,000,000 XOF: 1,035,000 XOF of credit left, 1,158,000 XOF needed. Pay the operator or pay this order up front.',
    'Acheter ceci à crédit porterait votre dette envers sandbox au-delà de sa limite de crédit de 2,000,000 XOF : 1,035,000 XOF de crédit restant, 1,158,000 XOF nécessaires. Payez l’opérateur ou réglez cette commande d’avance.',
  ],
  [
    'msisdn 221771234567 does not start with the country code (expected 225 followed by 10 digits starting 07, 05): it is not a Sandbox Telecom line.',
    'Le numéro 221771234567 ne commence pas par l’indicatif du pays (attendu : 225 suivi de 10 chiffres commençant par 07, 05) : ce n’est pas une ligne Sandbox Telecom.',
  ],
  [
    '2250700000099 was topped up with the same amount 1 minute(s) ago. If this second top-up is meant, confirm it.',
    '2250700000099 a été rechargé du même montant il y a 1 minute(s). Si cette deuxième recharge est voulue, confirmez-la.',
  ],
  [
    'Statement ST-2026-11-R-0001 version 1 is approved; this needs it draft.',
    'Le relevé ST-2026-11-R-0001 en version 1 est approuvé ; cette action exige qu’il soit brouillon.',
  ],
  [
    'The file has 6000 rows; one import takes at most 5000.',
    'Le fichier compte 6000 lignes ; un import en accepte au plus 5000.',
  ],
  [
    'entry 0190a1b2-7c3d entered was changed after it was written (its hash does not match its content)',
    'l’écriture 0190a1b2-7c3d entered a été modifiée après son enregistrement (son empreinte ne correspond pas à son contenu)',
  ],
  [
    'Sale H-77 is not booked yet: Retailer AWA has no linked wallet..',
    'La vente H-77 n’est pas encore comptabilisée : le revendeur AWA n’a pas de portefeuille lié.',
  ],
  [
    'The operator stopped answering; the queue keeps what is left for the next sync.',
    'L’opérateur a cessé de répondre ; la file d’attente conserve le reste pour la prochaine synchronisation.',
  ],
  [
    'Connected to Sandbox Telecom: signed in and read the wholesale bucket.',
    'Connecté à Sandbox Telecom : connexion réussie et compte de gros lu.',
  ],
  ['names no account (nope)', 'ne désigne aucun compte (nope)'],
];

/** A value for each placeholder that fits its pattern in the reader. */
function sampleValues(template: string): Record<string, string> {
  const names = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string);
  return Object.fromEntries(names.map((name, index) => [name, name === 'n' ? '7' : `v${index}x`]));
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

describe('the core’s business messages in French', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('translates real refusals, issues and notices the core writes', async () => {
    await i18n.changeLanguage('fr');
    for (const [english, french] of examples) expect(localizeContractMessage(english)).toBe(french);
  });

  it('reads every template back as itself, never as an earlier or another catalog’s template', async () => {
    await i18n.changeLanguage('fr');
    const translate = i18n.t as unknown as (key: string, options: Record<string, string>) => string;
    const misread = Object.entries(businessMessages).flatMap(([key, template]) => {
      const values = sampleValues(template);
      const expected = translate(`businessMessages:${key}`, values);
      const french = localizeContractMessage(fill(template, values));
      return french === expected ? [] : [{ key, french, expected }];
    });
    expect(misread).toEqual([]);
  });

  it('translates a refusal’s message and its field issues', async () => {
    await i18n.changeLanguage('fr');
    expect(
      localizeErrorBody({
        code: 'business_rule',
        message: 'The username awa is taken (by Awa Diop).',
        reason: 'username_taken',
        issues: [{ path: 'username', message: 'is taken' }],
      }),
    ).toEqual({
      code: 'business_rule',
      message: 'Le nom d’utilisateur awa est déjà pris (par Awa Diop).',
      reason: 'username_taken',
      issues: [{ path: 'username', message: 'est déjà pris' }],
    });
  });

  it('leaves the messages as the core wrote them in English', async () => {
    await i18n.changeLanguage('en');
    for (const [english] of examples) expect(localizeContractMessage(english)).toBe(english);
  });
});
