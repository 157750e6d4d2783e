import { useId } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import type { AskType, Contact, ReachVerdict, Tier } from '../../utils/model/types';
import { displayName } from '../../utils/people/displayName';
import { ActionStatus } from './ActionStatus';
import { useAction } from './useAction';
import type { Send } from './sendAction';

const TIERS: Tier[] = ['close', 'regular', 'weak'];
/** The asks whose reach Relais judges (advice and news are within anyone's reach). */
const POWER_ASKS = ['job', 'referral', 'intro', 'business', 'endorsement'] as const satisfies readonly AskType[];
const VERDICTS: ReachVerdict[] = ['within', 'beyond', 'unknown'];

/** What only the user knows: whether you worked together, how close you are, what they can grant. */
export function ContactFields({ lang, contact, send }: { lang: UiLang; contact: Contact; send?: Send }) {
  const id = useId();
  const { state, run } = useAction(send);
  const name = displayName(contact);
  const busy = state.kind === 'busy';
  return (
    <fieldset class="action">
      <legend>{t(lang, 'action.contact.legend', { name })}</legend>
      <div class="row">
        <input
          id={`${id}-worked`}
          type="checkbox"
          checked={contact.workedWith === true}
          disabled={busy}
          onChange={(e) => void run('setContactFields', { contactId: contact.id, workedWith: e.currentTarget.checked })}
        />
        <label for={`${id}-worked`}>{t(lang, 'action.workedWith', { name })}</label>
      </div>
      <div class="row">
        <label for={`${id}-tier`}>{t(lang, 'action.tier')}</label>
        <select
          id={`${id}-tier`}
          value={contact.tier ?? ''}
          disabled={busy}
          onChange={(e) => void run('setContactFields', { contactId: contact.id, tier: (e.currentTarget.value || null) as Tier | null })}
        >
          <option value="">{t(lang, 'action.tier.unset')}</option>
          {TIERS.map((k) => (
            <option key={k} value={k}>
              {t(lang, `action.tier.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="reach">
        <legend>{t(lang, 'action.reach.legend', { name })}</legend>
        {POWER_ASKS.map((ask) => (
          <div class="row" key={ask}>
            <label for={`${id}-reach-${ask}`}>{t(lang, `action.reach.${ask}`)}</label>
            <select
              id={`${id}-reach-${ask}`}
              value={contact.reachOverrides?.[ask] ?? ''}
              disabled={busy}
              onChange={(e) =>
                void run('setContactFields', { contactId: contact.id, reachOverrides: { [ask]: (e.currentTarget.value || null) as ReachVerdict | null } })
              }
            >
              <option value="">{t(lang, 'action.reach.auto')}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t(lang, `action.reach.${v}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </fieldset>
      <ActionStatus lang={lang} state={state} />
    </fieldset>
  );
}
