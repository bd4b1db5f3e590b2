/** Saves a Blob as a file through a temporary object URL; needs no downloads permission. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function mimeFor(filename: string): string {
  return filename.toLowerCase().endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json';
}
