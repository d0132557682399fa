import { z } from 'zod';

/**
 * The language the core writes a document in (a workbook's sheet names, headers and labels, a CSV's
 * header row): the screens pass theirs, the CLI its --lang. English when left out.
 */
export const documentLanguages = ['en', 'fr'] as const;
export const DocumentLanguage = z.enum(documentLanguages, { error: 'must be en or fr' });
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;
