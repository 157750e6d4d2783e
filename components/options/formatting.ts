import { BACKUP_TABLES, type BackupTableName, type RecordCounts } from '../../utils/backup/format';
import { t, type UiLang } from '../../utils/i18n';

export const formatCount = (lang: UiLang, n: number) => new Intl.NumberFormat(lang).format(n);

/** "1 contact", "3 contacts"; in French 0 and 1 are singular ("0 contact"), as Intl.PluralRules says. */
export function countText(lang: UiLang, kind: BackupTableName | 'records', n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(lang, `backup.count.${kind}.${form}`, { n: formatCount(lang, n) });
}

/** "3 contacts, 2 interactions and 1 introduction": the non-empty tables (contacts always). */
export function countList(lang: UiLang, counts: RecordCounts): string {
  const parts = BACKUP_TABLES.filter((k) => k === 'contacts' || counts[k] > 0).map((k) => countText(lang, k, counts[k]));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts);
}

export function formatDateTime(lang: UiLang, iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(d);
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);
