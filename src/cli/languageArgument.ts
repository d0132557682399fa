import { InvalidArgumentError } from 'commander';
import { DocumentLanguage, documentLanguages } from '../contract/documentLanguage';

/** `--lang`: the language of an exported file's sheet names, headers and labels. */
export const languageOption = {
  flags: '--lang <en|fr>',
  description: "language of the file's sheet names, headers and labels: en or fr",
  defaultValue: 'en' as DocumentLanguage,
} as const;

/** A commander parser for `--lang`; any other language is a usage error (exit 2). */
export function languageArgument(value: string): DocumentLanguage {
  const parsed = DocumentLanguage.safeParse(value.trim().toLowerCase());
  if (!parsed.success) throw new InvalidArgumentError(`must be ${documentLanguages.join(' or ')}`);
  return parsed.data;
}
