import { useId, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import { OUTCOMES, type Contact, type Outcome } from '../../utils/model/types';
import { displayName } from '../../utils/people/displayName';
import { ActionStatus } from './ActionStatus';
import { dateValue, happenedAt } from './localDate';
import { useAction } from './useAction';
import type { Send } from './sendAction';

/** Log what happened with a contact (an interview, an offer…): a step the recommenders will be owed news of. */
export function OutcomeLogger({ lang, contact, now, send }: { lang: UiLang; contact: Contact; now: number; send?: Send }) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome>('interview');
  const [date, setDate] = useState(dateValue(now));
  const { state, run } = useAction(send);
  const valid = happenedAt(date, now) !== undefined;
  return (
    <form
      class="action"
      onSubmit={(e) => {
        e.preventDefault();
        // Read the clock at the click: the popup may have been open a while, and today's step must
        // not be dated before things the user did since (set a recommender, sent the message).
        const at = happenedAt(date, Date.now());
        if (at !== undefined) void run('logOutcome', { contactId: contact.id, outcome, at });
      }}
    >
      <fieldset>
        <legend>{t(lang, 'action.outcome.legend', { name: displayName(contact) })}</legend>
        <div class="row">
          <label for={`${id}-kind`}>{t(lang, 'action.outcome.kind')}</label>
          <select id={`${id}-kind`} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value as Outcome)}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(lang, `action.outcome.${o}`)}
              </option>
            ))}
          </select>
          <label for={`${id}-date`}>{t(lang, 'action.outcome.date')}</label>
          <input id={`${id}-date`} type="date" required max={dateValue(now)} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          <button type="submit" disabled={state.kind === 'busy' || !valid}>
            {t(lang, 'action.outcome.submit')}
          </button>
        </div>
        <ActionStatus lang={lang} state={state} />
      </fieldset>
    </form>
  );
}
