import type { DueItem } from '../engine/dueItems';
import type { UiLang } from '../i18n';

/** The text of the daily digest notification, in the user's language; page text stays plain text. */
export function digestMessage(items: readonly DueItem[], lang: UiLang): { title: string; message: string } | null {
  if (!items.length) return null;
  const n = items.length;
  const title = lang === 'fr' ? `Relais — ${n} ${n > 1 ? 'choses' : 'chose'} à faire` : `Relais — ${n} ${n > 1 ? 'things' : 'thing'} to do`;
  const lines = items.slice(0, 3).map((i) => `• ${i.finding.reason[lang]}`);
  if (n > 3) lines.push(lang === 'fr' ? `… et ${n - 3} de plus` : `… and ${n - 3} more`);
  return { title, message: lines.join('\n').slice(0, 1000) };
}
