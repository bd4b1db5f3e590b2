/** Saves text as a file through a temporary object URL; needs no downloads permission. */
export function downloadText(text: string, filename: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
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
