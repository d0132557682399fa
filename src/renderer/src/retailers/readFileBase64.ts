import { i18n } from '../i18n/i18n';

/** A file the clerk chose, as base64 for the contract (which reads CSV and XLSX in the core). */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error(i18n.t('retailers:import.fileUnreadable')));
    reader.onload = () => {
      // A data URL: "data:<type>;base64,<content>".
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
