import type { PageKind } from './types';

function parse(url: string): URL | null {
  try {
    const u = new URL(url);
    return /(^|\.)linkedin\.com$/i.test(u.hostname) ? u : null;
  } catch {
    return null;
  }
}

/** The thread id of /messaging/thread/<id>/ ("new" is the compose page, not a thread). */
export function threadIdFromUrl(url: string): string | null {
  const u = parse(url);
  const m = u && /^\/messaging\/thread\/([^/?#]+)/.exec(u.pathname);
  if (!m || m[1] === 'new' || m[1].length > 200) return null;
  return m[1];
}

export function threadUrlFrom(url: string): string | undefined {
  const id = threadIdFromUrl(url);
  return id ? `https://www.linkedin.com/messaging/thread/${id}/` : undefined;
}

/** The vanity name of /preload/custom-invite/?vanityName=<slug> (2025–26 Connect links). */
export function vanityFromUrl(url: string | null | undefined): string | null {
  try {
    const u = new URL(url ?? '', 'https://www.linkedin.com');
    if (!/\/preload\/(search-)?custom-invite\//.test(u.pathname)) return null;
    const v = u.searchParams.get('vanityName');
    return v && v.length < 200 ? v : null;
  } catch {
    return null;
  }
}

export function classifyPage(url: string): PageKind {
  try {
    const u = parse(url);
    if (!u) return 'other';
    if (threadIdFromUrl(url)) return 'thread';
    if (/^\/in\/[^/]+\/?(overlay\/[^?#]*)?$/.test(u.pathname)) return 'profile';
    return 'other';
  } catch {
    return 'other';
  }
}
