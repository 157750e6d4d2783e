import { LinkedInImport } from '../LinkedInImport';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';

/**
 * Where the user brings in their past: LinkedIn's own data export. Imported messages go through
 * the same ask classifier as captured ones (the import's default), so the give/ask ledger and the
 * rules see them alike.
 */
export function ImportView({ db, lang, reminderWindowDays, closeCadenceDays }: { db: RelaisDB; lang: UiLang; reminderWindowDays: number; closeCadenceDays: number }) {
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title" tabIndex={-1}>
        {t(lang, 'dash.import.title')}
      </h2>
      <LinkedInImport db={db} lang={lang} reminderWindowDays={reminderWindowDays} closeCadenceDays={closeCadenceDays} contactsHref="#contacts" />
    </section>
  );
}
