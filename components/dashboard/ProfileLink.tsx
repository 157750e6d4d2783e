import type { Contact } from '../../utils/model/types';
import { handleOf } from './route';

/**
 * The contact's LinkedIn profile. Only a linkedin.com https address becomes a link (opened in a
 * new tab, no referrer); anything else is shown as text.
 */
export function ProfileLink({ contact }: { contact: Pick<Contact, 'id' | 'profileUrl'> }) {
  const url = safeProfileUrl(contact.profileUrl);
  const label = handleOf(contact.id);
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  ) : (
    <span>{label}</span>
  );
}

export function safeProfileUrl(raw: string | undefined): string | undefined {
  if (typeof raw !== 'string' || raw.length > 2048) return undefined;
  try {
    const u = new URL(raw);
    return u.protocol === 'https:' && u.hostname === 'www.linkedin.com' && u.pathname.startsWith('/in/') ? u.href : undefined;
  } catch {
    return undefined;
  }
}
