import { t, type UiLang } from '../i18n';
import type { Contact, ContactId } from '../model/types';

export interface ContactActivity {
  count: number;
  lastAt?: number;
}

/**
 * One CSV cell (RFC 4180). Text from LinkedIn pages is untrusted: a cell a spreadsheet would read as
 * a formula (= + - @, or a leading tab or carriage return, per OWASP's CSV-injection advice) is
 * prefixed with an apostrophe so it stays text.
 */
export function csvCell(value: string | number | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[\s]*[=+\-@]|^[\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const isoMinute = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

/** The contacts as a spreadsheet: one line per contact, headers in the user's language, CRLF lines. */
export function contactsCsv(contacts: Contact[], activity: Map<ContactId, ContactActivity>, lang: UiLang): string {
  const header = ['name', 'profileUrl', 'headline', 'company', 'tier', 'lastInteraction', 'interactions'] as const;
  const lines = [header.map((h) => csvCell(t(lang, `backup.csv.${h}`))).join(',')];
  for (const c of contacts) {
    const seen = activity.get(c.id);
    const lastAt = Math.max(seen?.lastAt ?? -Infinity, c.lastInteractionAt ?? -Infinity);
    lines.push(
      [
        csvCell(c.name),
        csvCell(c.profileUrl),
        csvCell(c.headline),
        csvCell(c.company),
        csvCell(c.tier ? t(lang, `backup.csv.tier.${c.tier}`) : ''),
        // Dates in UTC, ISO order: unambiguous in every spreadsheet locale.
        csvCell(Number.isFinite(lastAt) ? `${isoMinute(lastAt)} UTC` : ''),
        csvCell(seen?.count ?? 0),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Interactions per contact, counting those filed under an alias (member-id form) with their contact. */
export function activityByContact(contacts: Contact[], interactionKeys: [ContactId, number][]): Map<ContactId, ContactActivity> {
  const primary = new Map<ContactId, ContactId>();
  for (const c of contacts) for (const alias of c.aliases) primary.set(alias, c.id);
  const out = new Map<ContactId, ContactActivity>();
  for (const [raw, at] of interactionKeys) {
    const id = primary.get(raw) ?? raw;
    const a = out.get(id) ?? { count: 0 };
    a.count += 1;
    if (a.lastAt === undefined || at > a.lastAt) a.lastAt = at;
    out.set(id, a);
  }
  return out;
}
