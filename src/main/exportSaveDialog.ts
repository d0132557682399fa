import { extname, join } from 'node:path';
import type { SaveDialogOptions } from 'electron';

/** What each export is, as the save dialog's file type names it. */
const fileTypes: Record<string, { en: string; fr: string }> = {
  xlsx: { en: 'Excel workbook', fr: 'Classeur Excel' },
  csv: { en: 'CSV file', fr: 'Fichier CSV' },
  pdf: { en: 'PDF document', fr: 'Document PDF' },
  alb: { en: 'Airledger backup', fr: 'Sauvegarde Airledger' },
  txt: { en: 'Text file', fr: 'Fichier texte' },
};

/**
 * The native save dialog for an export: in the user's Documents folder under the export's own name,
 * filtered to its type, so a clerk saving a settlement workbook sees "Excel workbook", not "All files".
 */
export function exportSaveDialogOptions(
  fileName: string,
  documentsFolder: string,
  language: 'en' | 'fr',
): SaveDialogOptions {
  const extension = extname(fileName).slice(1).toLowerCase();
  const type = fileTypes[extension];
  return {
    title: language === 'fr' ? 'Enregistrer l’export' : 'Save export',
    defaultPath: join(documentsFolder, fileName),
    filters: [
      ...(type === undefined ? [] : [{ name: type[language], extensions: [extension] }]),
      { name: language === 'fr' ? 'Tous les fichiers' : 'All files', extensions: ['*'] },
    ],
  };
}
