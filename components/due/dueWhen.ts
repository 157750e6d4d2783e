import { t, type UiLang } from '../../utils/i18n';
import { durationWords } from '../../utils/words/durationWords';

const DAY = 86_400_000;

/** When a card came due, said beside it: "due today", "due 3 weeks ago" / "à faire depuis 3 semaines". */
export function dueWhen(lang: UiLang, dueAt: number, now: number): string {
  const late = now - dueAt;
  if (!Number.isFinite(late) || late < DAY) return t(lang, 'due.when.today');
  return t(lang, 'due.when.since', { time: durationWords(late, lang) });
}
