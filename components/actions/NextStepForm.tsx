import { useId, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import type { Contact, NextStep } from '../../utils/model/types';
import { DAY } from '../../utils/rules/calendar';
import { displayName } from '../../utils/people/displayName';
import { ActionStatus } from './ActionStatus';
import { dateValue, fromDateValue } from './localDate';
import { useAction } from './useAction';
import type { Send } from './sendAction';

const KINDS: NextStep['kind'][] = ['promise', 'next-step'];
/** Steps fall due in the morning, so the reminder comes before the day is gone. */
const DUE_HOUR = 9;

/** Plan the next occasion: a promise to keep or a next step, with its date. */
export function NextStepForm({ lang, contact, now, defaultDays = 7, send }: { lang: UiLang; contact: Contact; now: number; defaultDays?: number; send?: Send }) {
  const id = useId();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NextStep['kind']>('next-step');
  const [date, setDate] = useState(dateValue(now + defaultDays * DAY));
  const { state, run } = useAction(send);
  const due = fromDateValue(date, DUE_HOUR);
  return (
    <form
      class="action"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!text.trim() || due === undefined) return;
        if (await run('addNextStep', { contactId: contact.id, text: text.trim().slice(0, 2000), due, kind })) setText('');
      }}
    >
      <fieldset>
        <legend>
          {t(lang, 'action.nextStep.legend')} — {displayName(contact)}
        </legend>
        <div class="row">
          <label for={`${id}-text`}>{t(lang, 'action.nextStep.text')}</label>
          <input id={`${id}-text`} type="text" required maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div class="row">
          <label for={`${id}-kind`}>{t(lang, 'action.nextStep.kind')}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as NextStep['kind'])}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(lang, `action.nextStep.${k}`)}
              </option>
            ))}
          </select>
          <label for={`${id}-due`}>{t(lang, 'action.nextStep.due')}</label>
          <input id={`${id}-due`} type="date" required min={dateValue(now)} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          <button type="submit" disabled={state.kind === 'busy' || !text.trim() || due === undefined}>
            {t(lang, 'action.nextStep.submit')}
          </button>
        </div>
        <ActionStatus lang={lang} state={state} />
      </fieldset>
    </form>
  );
}
