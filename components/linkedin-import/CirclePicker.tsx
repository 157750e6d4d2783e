import { useState } from 'preact/hooks';
import { plural } from '../../utils/i18n/plural';
import { t, type UiLang } from '../../utils/i18n';
import type { CircleCandidate } from '../../utils/import/linkedin-export/start/startSummary';
import { sendAction, type Send } from '../actions/sendAction';

/** "Nov 2026", "nov. 2026". */
function monthOf(lang: UiLang, at: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric' }).format(at);
}

type SaveState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; count: number } | { kind: 'failed' };

/**
 * The close circle from the people the user exchanged with most: one click adds or removes each
 * (a few are ticked to start with), one button keeps the choice — each person's tier becomes
 * close, which the due list keeps in touch with. Nothing is written before that click.
 */
export function CirclePicker({ candidates, lang, cadenceDays, send = sendAction }: { candidates: CircleCandidate[]; lang: UiLang; cadenceDays: number; send?: Send }) {
  const [chosen, setChosen] = useState(() => new Set(candidates.filter((c) => c.preselected).map((c) => c.contactId)));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  if (!candidates.length) return <p class="hint">{t(lang, 'import.circle.none')}</p>;
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  async function keep() {
    setSave({ kind: 'busy' });
    let count = 0;
    for (const id of chosen) {
      const ack = await send('setContactFields', { contactId: id, tier: 'close' });
      if (!ack.ok) return setSave({ kind: 'failed' });
      count++;
    }
    setSave({ kind: 'saved', count });
  }
  const saved = save.kind === 'saved';
  return (
    <div class="circle-picker">
      <p class="hint">{t(lang, candidates.some((c) => c.preselected) ? 'import.circle.intro' : 'import.circle.introNoPick', { days: cadenceDays })}</p>
      <ul class="circle-candidates">
        {candidates.map((c) => {
          const on = c.inCircle || chosen.has(c.contactId);
          const work = [c.title, c.company].filter(Boolean).join(' · ');
          return (
            <li key={c.contactId}>
              <button type="button" class="candidate" aria-pressed={on} disabled={c.inCircle || saved || save.kind === 'busy'} onClick={() => toggle(c.contactId)}>
                <span class="mark" aria-hidden="true">
                  {on ? '✓' : '+'}
                </span>
                <span class="who">
                  <strong>{c.name}</strong>
                  {work && <span class="work">{work}</span>}
                  <span class="exchanges">
                    {c.inCircle ? t(lang, 'import.circle.already') : plural(lang, 'import.circle.exchanges', c.sent + c.received, { when: monthOf(lang, c.lastAt) })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {saved ? (
        <p role="status" class="saved">
          {plural(lang, 'import.circle.saved', save.count)}
        </p>
      ) : (
        <div class="buttons">
          <button type="button" class="primary" disabled={!chosen.size || save.kind === 'busy'} onClick={() => void keep()}>
            {chosen.size ? plural(lang, 'import.circle.save', chosen.size) : t(lang, 'import.circle.saveNone')}
          </button>
          {save.kind === 'failed' && (
            <p role="alert" class="field-error">
              {t(lang, 'import.circle.saveFailed')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
