import { describe, expect, it } from 'vitest';
import { type CatalogTree, catalogProblems } from '../../../src/renderer/src/i18n/catalogProblems';
import { catalogs, namespaces } from '../../../src/renderer/src/i18n/resources';

describe('translation catalogs', () => {
  for (const language of Object.keys(catalogs) as (keyof typeof catalogs)[]) {
    it(`${language} has every English key, with the same placeholders and its plural forms`, () => {
      const problems = namespaces.flatMap((namespace) =>
        catalogProblems(
          catalogs.en[namespace] as CatalogTree,
          catalogs[language][namespace] as CatalogTree,
          language,
          namespace,
        ),
      );
      expect(problems).toEqual([]);
    });
  }

  it('has text in every namespace (an area left untranslated shows up here)', () => {
    const empty = namespaces.filter((namespace) => Object.keys(catalogs.en[namespace]).length === 0);
    expect(empty).toEqual([]);
  });

  it('names a missing key, an extra key, a changed placeholder and a missing plural form', () => {
    const english = {
      title: 'Retailers',
      count_one: '{{count}} retailer',
      count_other: '{{count}} retailers',
      nested: { a: 'A' },
    };
    const french = {
      title: 'Revendeurs',
      count_one: '{{n}} revendeur',
      count_other: '{{count}} revendeurs',
      extra: 'x',
      nested: {},
    };
    expect(catalogProblems(english, french, 'fr', 'retailers')).toEqual([
      'fr: retailers:nested.a is missing',
      'fr: retailers:extra is not in English',
      'fr: retailers:count_one has placeholders {n}, English has {count}',
      'fr: retailers:count lacks its "many" plural form',
    ]);
  });

  it('finds nothing wrong in a complete French plural', () => {
    const english = { count_one: '{{count}} line', count_other: '{{count}} lines' };
    const french = {
      count_one: '{{count}} ligne',
      count_many: '{{count}} de lignes',
      count_other: '{{count}} lignes',
    };
    expect(catalogProblems(english, french, 'fr', 'x')).toEqual([]);
  });
});
