/**
 * Offers text as a file download from an extension page: an object URL and a temporary
 * `<a download>`, which works the same in Chrome and Firefox without the downloads permission.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
