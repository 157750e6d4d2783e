import type { RelaisDB } from '../utils/db/database';
import { relativeTime, t, type UiLang } from '../utils/i18n';
import type { Contact, Interaction } from '../utils/model/types';
import { useLiveQuery } from '../utils/ui/useLiveQuery';

interface Row {
  contact: Contact;
  last?: Interaction;
}

async function recentContacts(db: RelaisDB, limit: number): Promise<Row[]> {
  const contacts = await db.contacts.orderBy('lastInteractionAt').reverse().limit(limit).toArray();
  return Promise.all(
    contacts.map(async (contact) => ({
      contact,
      last: await db.interactions
        .where('[contactId+at]')
        .between([contact.id, -Infinity], [contact.id, Infinity])
        .last(),
    })),
  );
}

/** The people the user last wrote to, each with their last interaction; live from the database. */
export function RecentContacts({ db, lang, now, limit = 15 }: { db: RelaisDB; lang: UiLang; now: number; limit?: number }) {
  const { value: rows, loading } = useLiveQuery(() => recentContacts(db, limit), [db, limit], [] as Row[]);
  if (loading) return null;
  if (!rows.length) return <p class="empty">{t(lang, 'popup.empty')}</p>;
  return (
    <ul class="recent" aria-label={t(lang, 'popup.recent')}>
      {rows.map(({ contact, last }) => (
        <li key={contact.id} data-contact-id={contact.id}>
          <span class="name">{contact.name || contact.id}</span>
          {contact.headline && <span class="headline">{contact.headline}</span>}
          <span class="last">
            {last
              ? t(lang, 'popup.lastInteraction', { kind: t(lang, `kind.${last.kind}`), when: relativeTime(lang, last.at, now) })
              : t(lang, 'popup.noInteraction')}
          </span>
          {last?.text && <q class="excerpt">{last.text.slice(0, 140)}</q>}
        </li>
      ))}
    </ul>
  );
}
