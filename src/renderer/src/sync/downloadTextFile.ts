/** Hands a file to the browser's (or Electron's) download, without a round trip to the core. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; free it then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Hands a text file to the browser's (or Electron's) download, without a round trip to the core. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
