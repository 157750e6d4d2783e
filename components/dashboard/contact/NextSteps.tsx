import { useState } from 'preact/hooks';
import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import type { Contact, NextStep } from '../../../utils/model/types';
import { fullDate, isoDate, capitalised } from '../labels';
import { StatusLine } from '../StatusLine';
import { useAction } from '../../actions/useAction';
import { Field } from '../Field';

/** The date input's day at 9:00 local time: a promise is kept during the day, not at midnight. */
export function dueFromDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 9).getTime();
  return Number.isFinite(at) && at >= 0 ? at : undefined;
}

/** Promises made and next occasions planned, open ones first by date; done with one click. */
export function NextSteps({ lang, now, contact, steps }: { lang: UiLang; now: number; contact: Contact; steps: readonly NextStep[] }) {
  const open = steps.filter((s) => s.doneAt === undefined || s.doneAt === null).sort((a, b) => a.due - b.due);
  const done = steps.filter((s) => typeof s.doneAt === 'number').sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<NextStep['kind']>('next-step');
  const { state, run } = useAction();
  const due = dueFromDateInput(date);
  return (
    <section class="panel" aria-labelledby="steps-title">
      <h3 id="steps-title">{t(lang, 'dash.steps.title')}</h3>
      {open.length ? (
        <ul class="steps">
          {open.map((s) => (
            <li key={s.id} class={s.due <= now ? 'due' : undefined}>
              <span class="tag">{capitalised(lang, t(lang, s.kind === 'promise' ? 'dash.steps.promise' : 'dash.steps.nextStep'))}</span> <span class="step-text">{s.text}</span>{' '}
              <time dateTime={isoDate(s.due)} title={fullDate(lang, s.due)} class={s.due <= now ? 'warn-text' : 'muted'}>
                {relativeTime(lang, s.due, now)}
              </time>{' '}
              {typeof s.id === 'number' && (
                <button type="button" class="secondary" disabled={state.kind === 'busy'} onClick={() => void run('completeNextStep', { id: s.id! })}>
                  {t(lang, 'dash.steps.done')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(lang, 'dash.steps.none')}</p>
      )}
      {done.length > 0 && (
        <details>
          <summary>{t(lang, 'dash.steps.doneList', { count: done.length })}</summary>
          <ul class="steps done">
            {done.map((s) => (
              <li key={s.id}>
                <span class="step-text">{s.text}</span> <span class="muted">{relativeTime(lang, s.doneAt!, now)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form
        class="stack-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim() || due === undefined) return;
          if (await run('addNextStep', { contactId: contact.id, text: text.trim(), due, kind })) {
            setText('');
            setDate('');
          }
        }}
      >
        <Field label={t(lang, 'dash.steps.what')}>
          {(fid) => (
            <input id={fid} type="text" required maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          )}
        </Field>
        <div class="row">
          <Field label={t(lang, 'dash.steps.when')}>
            {(fid) => (
              <input id={fid} type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
            )}
          </Field>
          <Field label={t(lang, 'dash.steps.kind')}>
            {(fid) => (
              <select id={fid} value={kind} onChange={(e) => setKind(e.currentTarget.value === 'promise' ? 'promise' : 'next-step')}>
                <option value="next-step">{capitalised(lang, t(lang, 'dash.steps.nextStep'))}</option>
                <option value="promise">{capitalised(lang, t(lang, 'dash.steps.promise'))}</option>
              </select>
            )}
          </Field>
          <button type="submit" disabled={state.kind === 'busy' || !text.trim() || due === undefined}>
            {t(lang, 'dash.steps.add')}
          </button>
        </div>
        <StatusLine lang={lang} state={state} done={t(lang, 'dash.saved')} />
      </form>
    </section>
  );
}
