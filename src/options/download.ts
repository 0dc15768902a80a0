/**
 * Saving a file from an extension page without the `downloads` permission:
 * a Blob URL on a temporary `<a download>` that is clicked and removed.
 * The URL is revoked on the next task, after the browser has started the download.
 */

/**
 * Offers `text` as a file named `name` to the user.
 * @param type MIME type, e.g. `application/json` or `text/csv`
 */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  // Firefox only follows a download link that is in the document.
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
