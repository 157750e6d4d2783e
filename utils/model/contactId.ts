import type { ContactId } from './types';

/** Member ids in URLs (`/in/ACoAA…`): case matters, so they are kept as they are. */
const MEMBER_ID = /^ACo[A-Za-z0-9_-]{10,}$/;

export interface ProfileRef {
  id: ContactId;
  /** The vanity slug, or the member id. */
  handle: string;
  isMemberId: boolean;
  /** https://www.linkedin.com/in/<handle>/ */
  url: string;
}

/**
 * Stable contact id from any LinkedIn profile URL shape: absolute or relative, with or without
 * scheme (`www.linkedin.com/in/x` as in the data export), trailing slash, query, fragment,
 * percent-encoded accents, sub-paths (`/in/x/overlay/contact-info/`), country sub-domains.
 * Returns null when the URL is not a profile URL.
 */
export function profileRefFromUrl(raw: string | null | undefined): ProfileRef | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text || text.length > 2048) return null;
  let path: string;
  try {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : text.startsWith('/') ? `https://www.linkedin.com${text}` : `https://${text}`;
    const u = new URL(withScheme);
    if (!/(^|\.)linkedin\.com$/i.test(u.hostname)) return null;
    path = u.pathname;
  } catch {
    return null;
  }
  const m = /^\/in\/([^/?#]+)/i.exec(path);
  if (!m) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(m[1]);
  } catch {
    handle = m[1];
  }
  handle = handle.normalize('NFC').trim();
  if (!handle || handle.length > 200 || /[\s<>"']/.test(handle)) return null;
  const isMemberId = MEMBER_ID.test(handle);
  if (!isMemberId) handle = handle.toLowerCase();
  return {
    id: `linkedin:in/${handle}`,
    handle,
    isMemberId,
    url: `https://www.linkedin.com/in/${encodeURIComponent(handle)}/`,
  };
}

export function contactIdFromUrl(raw: string | null | undefined): ContactId | null {
  return profileRefFromUrl(raw)?.id ?? null;
}

export function isMemberIdContact(id: ContactId): boolean {
  return MEMBER_ID.test(id.slice('linkedin:in/'.length));
}
