/** Hands a text file to the browser's (or Electron's) download, without a round trip to the core. */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
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
