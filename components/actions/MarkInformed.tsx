import { t, type UiLang } from '../../utils/i18n';
import type { OwedNote } from '../../utils/engine/check/types';
import { ActionStatus } from './ActionStatus';
import { useAction } from './useAction';
import type { Send } from './sendAction';

/** "I told Marc about Sophie": for news given outside LinkedIn (a call, a coffee), which Relais cannot see. */
export function MarkInformed({ lang, owed, send }: { lang: UiLang; owed: readonly OwedNote[]; send?: Send }) {
  const { state, run } = useAction(send);
  return (
    <fieldset class="action">
      <legend>{t(lang, 'action.informed.legend')}</legend>
      {owed.length === 0 ? (
        <p class="muted">{t(lang, 'action.informed.none')}</p>
      ) : (
        <ul class="buttons">
          {owed.map((o) => (
            <li key={o.key}>
              <button
                type="button"
                disabled={state.kind === 'busy'}
                onClick={() => void run('markInformed', { recommenderId: o.recommenderId, aboutContactId: o.aboutContactId })}
              >
                {t(lang, 'action.informed.button', { recommender: o.recommenderName, about: o.aboutName })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionStatus lang={lang} state={state} />
    </fieldset>
  );
}
