import type { DueItem } from '../engine/dueItems';
import type { UiLang } from '../i18n';

/**
 * The text of the daily digest notification, in the user's language; page text stays plain text.
 * `first` are the first items of the due list (three are shown), `total` its length.
 */
export function digestMessage(first: readonly DueItem[], total: number, lang: UiLang): { title: string; message: string } | null {
  const n = Math.max(Number.isFinite(total) ? Math.floor(total) : 0, first.length);
  if (!n) return null;
  const title = lang === 'fr' ? `Relais — ${n} ${n > 1 ? 'choses' : 'chose'} à faire` : `Relais — ${n} ${n > 1 ? 'things' : 'thing'} to do`;
  const lines = first.slice(0, 3).map((i) => `• ${i.finding.reason[lang]}`);
  if (n > 3) lines.push(lang === 'fr' ? `… et ${n - 3} de plus` : `… and ${n - 3} more`);
  return { title, message: lines.join('\n').slice(0, 1000) };
}
