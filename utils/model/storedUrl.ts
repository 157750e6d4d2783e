/**
 * Whether a URL may be stored (and later shown as a link): it must parse as an absolute URL, use
 * http or https, and point at LinkedIn — every address Relais keeps is a profile or a thread there.
 * Parsed with `new URL`, as a browser would read it: a regular expression on the text is fooled by
 * what parsing removes (`"java\tscript:alert(1)"` is `javascript:alert(1)` to a browser).
 */
export function isStorableUrl(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.username || u.password) return false;
  const host = u.hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}
