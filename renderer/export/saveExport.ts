/**
 * Saving an export from the renderer. In a browser (the web host) that is a
 * download; the desktop app's Chromium turns the same download into a save
 * dialog, so no extra main-process channel is needed for it.
 */
export function downloadHtml(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; a later revoke keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyHtml(html: string): Promise<void> {
  await navigator.clipboard.writeText(html);
}
