/** A catalog as data: nested objects whose leaves are strings. */
export type CatalogTree = { readonly [key: string]: string | CatalogTree };

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const placeholder = /\{\{\s*([\w.]+)[^}]*\}\}/g;

function leaves(tree: CatalogTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of leaves(value, path)) found.set(inner, text);
  }
  return found;
}

function placeholders(text: string): string {
  return [...new Set([...text.matchAll(placeholder)].map((match) => match[1]))].sort().join(',');
}

/**
 * What is wrong with `translation` against the reference: keys missing or extra (plural forms
 * compared by their base key), empty texts, {{placeholders}} that differ, and plural keys
 * without every form `language` needs (French "many" for a million). Empty when it matches.
 */
export function catalogProblems(
  reference: CatalogTree,
  translation: CatalogTree,
  language: string,
  namespace: string,
): string[] {
  const problems: string[] = [];
  const expected = leaves(reference);
  const actual = leaves(translation);
  const base = (key: string) => key.replace(pluralSuffix, '');
  const expectedBases = new Set([...expected.keys()].map(base));
  const actualBases = new Set([...actual.keys()].map(base));
  for (const key of expectedBases) {
    if (!actualBases.has(key)) problems.push(`${language}: ${namespace}:${key} is missing`);
  }
  for (const key of actualBases) {
    if (!expectedBases.has(key)) problems.push(`${language}: ${namespace}:${key} is not in English`);
  }
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const [key, text] of actual) {
    if (text.trim() === '') problems.push(`${language}: ${namespace}:${key} is empty`);
    const englishText = expected.get(key) ?? expected.get(`${base(key)}_other`) ?? expected.get(base(key));
    if (englishText !== undefined && placeholders(englishText) !== placeholders(text)) {
      problems.push(
        `${language}: ${namespace}:${key} has placeholders {${placeholders(text)}}, English has {${placeholders(englishText)}}`,
      );
    }
    if (key.endsWith('_other')) {
      for (const form of forms) {
        // Exact-number forms ("zero", "two") are never needed by i18next's count-based lookup here.
        if (!actual.has(`${base(key)}_${form}`)) {
          problems.push(`${language}: ${namespace}:${base(key)} lacks its "${form}" plural form`);
        }
      }
    }
  }
  return problems;
}
