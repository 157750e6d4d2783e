import { useState } from 'preact/hooks';
import { OutcomeLogger } from '../../actions/OutcomeLogger';
import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import { OUTCOMES, type ContactId, type Interaction } from '../../../utils/model/types';
import { asksOf } from '../../../utils/rules/ask-without-give';
import { fullDate, isoDate } from '../labels';
import type { ContactPageData } from './loadContact';

const STEP = 100;

interface Props {
  lang: UiLang;
  now: number;
  data: ContactPageData;
  nameOf: (id: ContactId) => string;
}

/** Everything that happened with this person, newest first; message text shown as text, asks as tags. */
export function Timeline({ lang, now, data, nameOf }: Props) {
  const [shown, setShown] = useState(STEP);
  const items = data.interactions.slice(0, shown);
  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t(lang, 'dash.timeline.title', { count: data.total })}</h3>
      <OutcomeLogger lang={lang} contact={data.contact} now={now} />
      {!items.length && <p class="empty">{t(lang, 'dash.timeline.empty')}</p>}
      <ol class="timeline">
        {items.map((i) => (
          <TimelineItem key={i.id ?? i.key} lang={lang} now={now} item={i} nameOf={nameOf} />
        ))}
      </ol>
      {data.interactions.length > shown && (
        <button type="button" class="secondary" onClick={() => setShown(shown + STEP)}>
          {t(lang, 'dash.timeline.more', { count: Math.min(STEP, data.interactions.length - shown) })}
        </button>
      )}
      {data.total > data.interactions.length && data.interactions.length <= shown && <p class="muted">{t(lang, 'dash.timeline.truncated', { count: data.total - data.interactions.length })}</p>}
    </section>
  );
}

function TimelineItem({ lang, now, item: i, nameOf }: { lang: UiLang; now: number; item: Interaction; nameOf: (id: ContactId) => string }) {
  const asks = asksOf(i.asks);
  const outcome = i.outcome && OUTCOMES.includes(i.outcome) ? t(lang, `dash.outcome.${i.outcome}`) : undefined;
  // A logged outcome reads as what happened ("interview"), not as the generic "outcome".
  const kind = i.kind === 'outcome' && outcome ? outcome : KIND_KEYS.has(i.kind) ? t(lang, `kind.${i.kind}`) : String(i.kind);
  return (
    <li class={`event kind-${KIND_KEYS.has(i.kind) ? i.kind : 'other'}`}>
      <div class="event-head">
        <span class="event-kind">{kind}</span>
        {outcome && i.kind !== 'outcome' && i.kind !== i.outcome && <span class="tag">{outcome}</span>}
        {i.kind === 'give' && i.giveKind && <span class="tag give">{t(lang, `dash.give.${i.giveKind}`)}</span>}
        {i.kind === 'update-sent' && i.aboutContactId && <span class="about">{t(lang, 'dash.timeline.about', { name: nameOf(i.aboutContactId) })}</span>}
        {asks.map((a) => (
          <span key={a} class="tag ask">
            {t(lang, `dash.ask.${a}`)}
          </span>
        ))}
        <time dateTime={isoDate(i.at)} title={fullDate(lang, i.at)}>
          {Number.isFinite(i.at) ? relativeTime(lang, i.at, now) : ''}
        </time>
        {i.source === 'import' && <span class="muted">{t(lang, 'dash.timeline.imported')}</span>}
      </div>
      {typeof i.text === 'string' && i.text.trim() && <p class="event-text">{i.text.length > 4000 ? `${i.text.slice(0, 4000)}…` : i.text}</p>}
    </li>
  );
}

const KIND_KEYS = new Set<string>(['message-sent', 'message-received', 'invite-sent', 'meeting', 'call', 'outcome', 'update-sent', 'give', 'received-give']);
