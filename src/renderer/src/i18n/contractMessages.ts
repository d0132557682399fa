import type { ContractErrorBody } from '../../../contract/contractError';
import { i18n } from './i18n';
import { businessMessages } from './locales/en/businessMessages';
import { contract } from './locales/en/contract';
import { workspaceMessages } from './locales/en/workspaceMessages';

/** The catalogs of English templates, in the order they are tried: field messages first. */
const templateCatalogs = { contract, businessMessages, workspaceMessages } as const;

/** What each placeholder of a contract message may stand for: numbers, or an example or name. */
const placeholderPatterns: Record<string, string> = {
  n: '([\\d,.]+)',
  percent: '(.+?)',
  example: '(.+)',
  item: '(.+)',
  version: '(\\S+?)',
  current: '(\\S+?)',
  other: '(\\S+?)',
  detail: '(.+)',
};

interface Reading {
  /** `namespace:key` of the template. */
  key: string;
  pattern: RegExp;
  names: string[];
}

/** Each English template as a pattern that reads its placeholders back out of a message. */
const readings: Reading[] = Object.entries(templateCatalogs).flatMap(([namespace, catalog]) =>
  Object.entries(catalog as Record<string, string>).map(([key, template]) =>
    reading(`${namespace}:${key}`, template),
  ),
);

function reading(key: string, template: string): Reading {
  const names: string[] = [];
  const source = template
    .split(/(\{\{\w+\}\})/)
    .map((part) => {
      const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return placeholderPatterns[name] ?? '(.+?)';
    })
    .join('');
  return { key, pattern: new RegExp(`^${source}$`), names };
}

/**
 * A field message from the contract (a form's schema or the core's answer) in the screens'
 * language. The shared schemas and the core write English; a message they write is found by its
 * template here. One the catalog does not know stays as the core wrote it.
 */
export function localizeContractMessage(message: string): string {
  if (i18n.language === 'en') return message;
  for (const { key, pattern, names } of readings) {
    const match = pattern.exec(message);
    if (match === null) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, match[index + 1] ?? '']));
    // The key is one of the catalog's, read back from the English template it matched.
    const translate = i18n.t as unknown as (key: string, options: Record<string, string>) => string;
    return translate(key, values);
  }
  return message;
}

/** A refusal with its message and each field issue in the screens' language where known. */
export function localizeErrorBody(body: ContractErrorBody): ContractErrorBody {
  if (i18n.language === 'en') return body;
  return {
    ...body,
    message: localizeContractMessage(body.message),
    ...(body.issues === undefined
      ? {}
      : {
          issues: body.issues.map((issue) => ({ ...issue, message: localizeContractMessage(issue.message) })),
        }),
  };
}
