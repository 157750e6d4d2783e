import type { DueCard } from '../engine/dueListQuery';
import { t, type UiLang } from '../i18n';
import { plural } from '../i18n/plural';

/**
 * The daily digest notification, in the user's language: today's list (five people at most, the
 * same the badge counts), one line per person with the most valuable thing owed them. Page text
 * stays plain text. Null when today holds nobody.
 */
export function digestMessage(today: readonly DueCard[], lang: UiLang): { title: string; message: string } | null {
  if (!today.length) return null;
  const lines = today.map((card) => {
    const first = card.items[0]?.finding;
    const what = (first?.summary ?? first?.reason)?.[lang] ?? '';
    return t(lang, 'due.digest.line', { name: card.name, what: what.charAt(0).toLocaleLowerCase(lang) + what.slice(1) });
  });
  return { title: plural(lang, 'due.digest.title', today.length), message: lines.join('\n').slice(0, 1000) };
}
