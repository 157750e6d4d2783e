import { useEffect, useId, useState } from 'preact/hooks';
import { capitalised } from '../labels';
import { t, type UiLang } from '../../../utils/i18n';
import type { AskType, Contact, ReachVerdict, Tier } from '../../../utils/model/types';
import { StatusLine } from '../StatusLine';
import { useAction } from '../../actions/useAction';
import { Field } from '../Field';

/** Asks whose reach the user may decide for a contact ('none' and 'update' are always within reach). */
export const OVERRIDABLE_ASKS: readonly AskType[] = ['job', 'referral', 'advice', 'intro', 'business', 'endorsement'];

/** The cadence field: empty clears the override; otherwise a whole number of days from 1 to 3650. */
export function parseCadence(value: string): { ok: true; days: number | null } | { ok: false } {
  const v = value.trim();
  if (!v) return { ok: true, days: null };
  if (!/^\d{1,4}$/.test(v)) return { ok: false };
  const days = Number(v);
  return days >= 1 && days <= 3650 ? { ok: true, days } : { ok: false };
}

/** What only the user knows: tier, rhythm, shared work, what this person can grant, notes. Saved through the background. */
export function ContactFields({ lang, contact }: { lang: UiLang; contact: Contact }) {
  const { state, run } = useAction();
  const [cadence, setCadence] = useState(contact.cadenceDays ? String(contact.cadenceDays) : '');
  const [notes, setNotes] = useState(contact.notes ?? '');
  // Another page may change them: follow unless the user is typing something different.
  useEffect(() => setCadence(contact.cadenceDays ? String(contact.cadenceDays) : ''), [contact.id, contact.cadenceDays]);
  useEffect(() => setNotes(contact.notes ?? ''), [contact.id, contact.notes]);
  const parsed = parseCadence(cadence);
  const busy = state.kind === 'busy';
  const id = contact.id;
  const hintId = useId();
  return (
    <section class="panel" aria-labelledby="fields-title">
      <h3 id="fields-title">{t(lang, 'dash.fields.title')}</h3>
      <div class="stack-form">
        <Field label={t(lang, 'dash.col.tier')}>
          {(fid) => (
            <select id={fid} value={contact.tier ?? ''} disabled={busy} onChange={(e) => void run('setContactFields', { contactId: id, tier: (e.currentTarget.value || null) as Tier | null })}>
              <option value="">{t(lang, 'dash.tier.unset')}</option>
              <option value="close">{t(lang, 'dash.tier.close')}</option>
              <option value="regular">{t(lang, 'dash.tier.regular')}</option>
              <option value="weak">{t(lang, 'dash.tier.weak')}</option>
            </select>
          )}
        </Field>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (parsed.ok) void run('setContactFields', { contactId: id, cadenceDays: parsed.days });
          }}
        >
          <Field label={t(lang, 'dash.fields.cadence')}>
            {(fid) => (
              <input
                id={fid}
                type="text"
                inputMode="numeric"
                size={5}
                value={cadence}
                aria-invalid={!parsed.ok}
                aria-describedby={hintId}
                onInput={(e) => setCadence(e.currentTarget.value)}
              />
            )}
          </Field>
          <button type="submit" disabled={busy || !parsed.ok}>
            {t(lang, 'dash.fields.save')}
          </button>
          <span id={hintId} class={parsed.ok ? 'muted' : 'error'}>
            {parsed.ok ? t(lang, 'dash.fields.cadenceHint') : t(lang, 'dash.fields.cadenceInvalid')}
          </span>
        </form>
        <label class="check">
          <input type="checkbox" checked={!!contact.workedWith} disabled={busy} onChange={(e) => void run('setContactFields', { contactId: id, workedWith: e.currentTarget.checked })} />
          {t(lang, 'dash.fields.workedWith')}
        </label>
        <fieldset>
          <legend>{t(lang, 'dash.fields.reach')}</legend>
          <p class="muted">{t(lang, 'dash.fields.reachHint')}</p>
          <div class="reach-grid">
            {OVERRIDABLE_ASKS.map((ask) => (
              <Field key={ask} label={capitalised(lang, t(lang, `dash.ask.${ask}`))}>
                {(fid) => (
                  <select
                    id={fid}
                    value={contact.reachOverrides?.[ask] ?? ''}
                    disabled={busy}
                    onChange={(e) => void run('setContactFields', { contactId: id, reachOverrides: { [ask]: (e.currentTarget.value || null) as ReachVerdict | null } })}
                  >
                    <option value="">{t(lang, 'dash.reach.auto')}</option>
                    <option value="within">{t(lang, 'dash.reach.within')}</option>
                    <option value="beyond">{t(lang, 'dash.reach.beyond')}</option>
                    <option value="unknown">{t(lang, 'dash.reach.unknown')}</option>
                  </select>
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <form
          class="stack-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run('setContactFields', { contactId: id, notes });
          }}
        >
          <Field label={t(lang, 'dash.fields.notes')}>
            {(fid) => (
              <textarea id={fid} rows={4} maxLength={20_000} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
            )}
          </Field>
          <button type="submit" disabled={busy || notes === (contact.notes ?? '')}>
            {t(lang, 'dash.fields.saveNotes')}
          </button>
        </form>
      </div>
      <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
    </section>
  );
}
