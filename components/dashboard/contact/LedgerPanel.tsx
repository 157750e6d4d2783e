import { useState } from 'preact/hooks';
import { t, type UiLang } from '../../../utils/i18n';
import { ASK_TYPES, type AskType, type GiveKind } from '../../../utils/model/types';
import { StatusLine } from '../StatusLine';
import { useAction } from '../../actions/useAction';
import { ledgerOf } from './ledger';
import type { ContactPageData } from './loadContact';
import { Field } from '../Field';

export const GIVE_KINDS: readonly GiveKind[] = ['article', 'intro', 'congrats', 'help', 'endorsement', 'recommendation', 'other'];

/** What you gave this person against what you asked of them (seed 001: give before you ask). */
export function LedgerPanel({ lang, data }: { lang: UiLang; data: ContactPageData }) {
  const ledger = ledgerOf(data.interactions);
  const owing = ledger.asked > ledger.gave;
  const [giveKind, setGiveKind] = useState<GiveKind>('article');
  const [text, setText] = useState('');
  const { state, run } = useAction();
  const askTypes = ASK_TYPES.filter((a): a is AskType => !!ledger.askedByType[a]);
  return (
    <section class="panel" aria-labelledby="ledger-title">
      <h3 id="ledger-title">{t(lang, 'dash.ledger.title')}</h3>
      <div class="ledger">
        <div class="ledger-side">
          <p class="big" data-ledger="gave">
            {t(lang, 'dash.ledger.gave', { count: ledger.gave })}
          </p>
          <ul class="tags">
            {GIVE_KINDS.filter((k) => ledger.gaveByKind[k]).map((k) => (
              <li key={k} class="tag give">
                {t(lang, `dash.give.${k}`)} × {ledger.gaveByKind[k]}
              </li>
            ))}
          </ul>
        </div>
        <div class="ledger-side">
          <p class={`big${owing ? ' warn-text' : ''}`} data-ledger="asked">
            {t(lang, 'dash.ledger.asked', { count: ledger.asked })}
          </p>
          <ul class="tags">
            {askTypes.map((a) => (
              <li key={a} class="tag ask">
                {t(lang, `dash.ask.${a}`)} × {ledger.askedByType[a]}
              </li>
            ))}
          </ul>
        </div>
      </div>
      {ledger.received > 0 && <p class="muted">{t(lang, 'dash.ledger.received', { count: ledger.received })}</p>}
      {owing && <p class="notice warning">{t(lang, 'dash.ledger.owing')}</p>}
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await run('logGive', { contactId: data.contact.id, giveKind, ...(text.trim() ? { text: text.trim() } : {}) })) setText('');
        }}
      >
        <Field label={t(lang, 'dash.ledger.logGive')}>
          {(fid) => (
            <select id={fid} value={giveKind} onChange={(e) => setGiveKind(e.currentTarget.value as GiveKind)}>
              {GIVE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(lang, `dash.give.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t(lang, 'dash.ledger.giveText')} hidden>
          {(fid) => (
            <input id={fid} type="text" maxLength={2000} value={text} placeholder={t(lang, 'dash.ledger.giveText')} onInput={(e) => setText(e.currentTarget.value)} />
          )}
        </Field>
        <button type="submit" disabled={state.kind === 'busy'}>
          {t(lang, 'dash.ledger.giveButton')}
        </button>
        <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
      </form>
    </section>
  );
}
