import { t, type UiLang } from '../../utils/i18n';
import type { Contact } from '../../utils/model/types';

/**
 * The contact's LinkedIn profile, said as such ("LinkedIn profile", never the address or an id).
 * Only a linkedin.com https address becomes a link (opened in a new tab, no referrer); without
 * one, the page says there is none.
 */
export function ProfileLink({ lang, contact }: { lang: UiLang; contact: Pick<Contact, 'profileUrl'> }) {
  const url = safeProfileUrl(contact.profileUrl);
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {t(lang, 'dash.profileLink')}
    </a>
  ) : (
    <span class="muted">{t(lang, 'dash.profileUnknown')}</span>
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
