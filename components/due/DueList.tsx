import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RelaisDB } from '../../utils/db/database';
import { DUE_CATEGORIES, type DueItem } from '../../utils/engine/dueItems';
import { dueListQuery } from '../../utils/engine/dueListQuery';
import { relativeTime, t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import { sendAction, type Send } from '../actions/sendAction';
import { dueActions, profileUrlOf, type DueAction } from './dueActions';

interface Props {
  lang: UiLang;
  db: RelaisDB;
  settings: Settings;
  ready: boolean;
  /** How many items the popup shows before pointing to the dashboard. */
  limit?: number;
  send?: Send;
}

/** The due list across all contacts, from indexed candidates: updates owed first, then promises, then keep-warm. */
export function DueList({ lang, db, settings, ready, limit = 12, send = sendAction }: Props) {
  // The clock is read at each run: the query re-runs when the data changes, and an item that fell
  // due since the popup opened (an interview just logged, with no delay) must show.
  const { value, loading, error } = useLiveQuery(
    async () => {
      if (!ready) return undefined;
      const now = Date.now();
      return { now, items: await dueListQuery(db, settings, now) };
    },
    [db, settings, ready],
    undefined as { now: number; items: DueItem[] } | undefined,
  );
  const [failure, setFailure] = useState('');
  if (loading || !value) return null;
  const { now, items } = value;
  if (error) return <p class="notice warning">{t(lang, 'due.failed', { error: error.message })}</p>;
  if (!items.length) return <p class="empty">{t(lang, 'due.empty')}</p>;
  const shown = items.slice(0, limit);

  const act = async (a: DueAction) => {
    if (a.kind === 'write-to') {
      const url = profileUrlOf(a.contactId);
      if (url) await browser.tabs.create({ url }).catch(() => undefined);
      return;
    }
    const ack = await send(a.message.type, a.message.data as never);
    setFailure(ack.ok ? '' : t(lang, 'due.failed', { error: ack.error }));
  };

  return (
    <div class="due">
      {DUE_CATEGORIES.map((category) => {
        const group = shown.filter((i) => i.category === category);
        if (!group.length) return null;
        return (
          <section key={category} class="due-group" aria-label={t(lang, `due.category.${category}`)}>
            <h3>{t(lang, `due.category.${category}`)}</h3>
            <ul>
              {group.map((item) => (
                <li key={item.finding.key} data-due-key={item.finding.key} data-category={category}>
                  <span class="reason">{item.finding.reason[lang]}</span>
                  {item.finding.dueAt !== undefined && <span class="when">{relativeTime(lang, item.finding.dueAt, now)}</span>}
                  <span class="buttons">
                    {dueActions(item, now).map((a) => (
                      <button key={a.kind} type="button" class={a.kind === 'write-to' ? 'primary' : undefined} onClick={() => void act(a)}>
                        {a.kind === 'write-to'
                          ? a.label[lang]
                          : a.kind === 'done'
                            ? t(lang, category === 'update' ? 'due.informed' : 'due.done')
                            : t(lang, a.kind === 'snooze' ? 'due.snooze' : 'due.dismiss')}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {items.length > shown.length && <p class="muted">{t(lang, 'due.more', { n: items.length - shown.length })}</p>}
      <p class="action-status failed" role="status" aria-live="polite">
        {failure}
      </p>
    </div>
  );
}
