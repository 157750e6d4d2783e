import { plural } from '../../utils/i18n/plural';
import { relativeTime, t, type UiLang } from '../../utils/i18n';
import type { ImportStart } from '../../utils/import/linkedin-export/start/startSummary';

/** Conversations whose last message is theirs: listed to answer if the user wishes, never reminded. */
export function WaitingReplies({ start, lang, now }: { start: ImportStart; lang: UiLang; now: number }) {
  if (!start.waiting.length) return <p class="hint">{t(lang, 'import.waiting.none')}</p>;
  const more = start.waitingTotal - start.waiting.length;
  return (
    <div class="waiting-replies">
      <p class="hint">{t(lang, 'import.waiting.intro')}</p>
      <ul>
        {start.waiting.map((w) => (
          <li key={`${w.contactId}:${w.at}`}>
            <div class="waiting-head">
              <strong>{w.name}</strong>
              <span class="when">{relativeTime(lang, w.at, now)}</span>
            </div>
            {w.excerpt && <p class="excerpt">{w.excerpt}</p>}
            {w.threadUrl && (
              <a href={w.threadUrl} target="_blank" rel="noopener noreferrer">
                {t(lang, 'import.waiting.open')}
              </a>
            )}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="hint">{plural(lang, 'import.waiting.more', more)}</p>}
    </div>
  );
}
