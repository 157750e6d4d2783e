import type { RelaisDB } from '../db/database';
import type { UiLang } from '../i18n';
import type { ContactId } from '../model/types';
import { activityByContact, contactsCsv } from './contactsCsv';
import { datedFileName } from './makeBackup';

export async function exportContactsCsv(db: RelaisDB, lang: UiLang, now: number): Promise<{ fileName: string; text: string; count: number }> {
  const { contacts, keys } = await db.transaction('r', [db.contacts, db.interactions], async () => ({
    contacts: await db.contacts.orderBy('name').toArray(),
    // Index keys only: counting 100,000 interactions without loading their texts.
    keys: (await db.interactions.orderBy('[contactId+at]').keys()) as unknown as [ContactId, number][],
  }));
  return { fileName: datedFileName('relais-contacts', now, 'csv'), text: contactsCsv(contacts, activityByContact(contacts, keys), lang), count: contacts.length };
}
