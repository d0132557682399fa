import { downloadBlob } from './downloadTextFile';

/** The bytes a base64 text stands for; a workbook is binary, so it cannot go through a string. */
export function base64ToBytes(contentBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** Hands a file the core sent as base64 (a CSV or an Excel workbook) to the browser's download. */
export function downloadBase64File(fileName: string, contentBase64: string, mediaType: string): void {
  downloadBlob(fileName, new Blob([base64ToBytes(contentBase64)], { type: mediaType }));
}
