import { useMemo, useState } from 'preact/hooks';
import { OutcomeLogger } from '../../actions/OutcomeLogger';
import { relativeTime, t, type UiLang } from '../../../utils/i18n';
import { OUTCOMES, type ContactId, type Interaction } from '../../../utils/model/types';
import { asksOf } from '../../../utils/rules/ask-without-give';
import { capitalised, fullDate, isoDate, monthName } from '../labels';
import type { ContactPageData } from './loadContact';
import { timelineMonths, type TimelineMonth } from './timelineMonths';

interface Props {
  lang: UiLang;
  now: number;
  data: ContactPageData;
  nameOf: (id: ContactId) => string;
}

/**
 * Everything that happened with this person, one month at a time, newest first (a long history
 * is not one endless page): the month is chosen with Newer / Older or from the list of months.
 * Message text is shown as text, asks as tags.
 */
export function Timeline({ lang, now, data, nameOf }: Props) {
  const months = useMemo(() => timelineMonths(data.interactions), [data.interactions]);
  const [key, setKey] = useState<string>();
  const at = Math.max(0, months.findIndex((m) => m.key === key));
  const month = months[at];
  const label = (m: TimelineMonth) => (m.key === 'undated' ? t(lang, 'dash.timeline.undated') : capitalised(lang, monthName(lang, m.start)));
  return (
    <section class="panel" aria-labelledby="timeline-title">
      <h3 id="timeline-title">{t(lang, 'dash.timeline.title', { count: data.total })}</h3>
      <OutcomeLogger lang={lang} contact={data.contact} now={now} />
      {!month && <p class="empty">{t(lang, 'dash.timeline.empty')}</p>}
      {months.length > 1 && (
        <nav class="month-pager" aria-label={t(lang, 'dash.timeline.months')}>
          <button type="button" disabled={at === 0} onClick={() => setKey(months[at - 1].key)}>
            {t(lang, 'dash.timeline.newer')}
          </button>
          <select aria-label={t(lang, 'dash.timeline.month')} value={month.key} onChange={(e) => setKey(e.currentTarget.value)}>
            {months.map((m) => (
              <option key={m.key} value={m.key}>
                {t(lang, 'dash.timeline.monthOption', { month: label(m), count: m.items.length })}
              </option>
            ))}
          </select>
          <button type="button" disabled={at === months.length - 1} onClick={() => setKey(months[at + 1].key)}>
            {t(lang, 'dash.timeline.older')}
          </button>
        </nav>
      )}
      {month && (
        <>
          {months.length > 1 && <h4 class="month-title">{t(lang, 'dash.timeline.monthOption', { month: label(month), count: month.items.length })}</h4>}
          <ol class="timeline">
            {month.items.map((i) => (
              <TimelineItem key={i.id ?? i.key} lang={lang} now={now} item={i} nameOf={nameOf} />
            ))}
          </ol>
        </>
      )}
      {data.total > data.interactions.length && at === months.length - 1 && <p class="muted">{t(lang, 'dash.timeline.truncated', { count: data.total - data.interactions.length })}</p>}
    </section>
  );
}

function TimelineItem({ lang, now, item: i, nameOf }: { lang: UiLang; now: number; item: Interaction; nameOf: (id: ContactId) => string }) {
  const asks = asksOf(i.asks);
  const outcome = i.outcome && OUTCOMES.includes(i.outcome) ? t(lang, `dash.outcome.${i.outcome}`) : undefined;
  // A logged outcome reads as what happened ("interview"), not as the generic "outcome".
  const kind = capitalised(lang, i.kind === 'outcome' && outcome ? outcome : KIND_KEYS.has(i.kind) ? t(lang, `kind.${i.kind}`) : t(lang, 'dash.timeline.otherKind'));
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
