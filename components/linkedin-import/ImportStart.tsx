import { t, type UiLang } from '../../utils/i18n';
import type { ImportStart as Start } from '../../utils/import/linkedin-export/start/startSummary';
import type { Send } from '../actions/sendAction';
import { CirclePicker } from './CirclePicker';
import { WaitingReplies } from './WaitingReplies';

export interface ImportStartProps {
  start: Start;
  lang: UiLang;
  now: number;
  /** Days between exchanges for the close circle (Settings.cadenceDays.close). */
  closeCadenceDays: number;
  /** Where the contacts are (the dashboard). */
  contactsHref?: string;
  send?: Send;
}

/**
 * The start after an import: choose the close circle among the people exchanged with most, and
 * see the conversations waiting for a reply — listed, never turned into reminders (history from
 * an import informs, it does not nag).
 */
export function ImportStart({ start, lang, now, closeCadenceDays, contactsHref, send }: ImportStartProps) {
  return (
    <section class="import-start" aria-labelledby="import-start-title">
      <h3 id="import-start-title">{t(lang, 'import.start.title')}</h3>
      <section aria-labelledby="import-circle-title">
        <h4 id="import-circle-title">{t(lang, 'import.circle.title')}</h4>
        <CirclePicker candidates={start.circle} lang={lang} cadenceDays={closeCadenceDays} send={send} />
      </section>
      <section aria-labelledby="import-waiting-title">
        <h4 id="import-waiting-title">{t(lang, 'import.waiting.title')}</h4>
        <WaitingReplies start={start} lang={lang} now={now} />
      </section>
      {contactsHref && (
        <p>
          <a class="button" href={contactsHref}>
            {t(lang, 'import.next.contacts')}
          </a>
        </p>
      )}
    </section>
  );
}
