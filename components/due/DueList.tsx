import { browser } from 'wxt/browser';
import type { RelaisDB } from '../../utils/db/database';
import { dueListQuery, type DuePage } from '../../utils/engine/dueListQuery';
import { t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import type { Send } from '../actions/sendAction';
import { DueItems } from './DueItems';

interface Props {
  lang: UiLang;
  db: RelaisDB;
  settings: Settings;
  ready: boolean;
  /** How many items the popup shows before pointing to the dashboard. */
  limit?: number;
  send?: Send;
}

/** Where the whole due list is, a page at a time. */
export const DASHBOARD_DUE_PATH = '/dashboard.html#due';

/**
 * The first items of the due list across all contacts (updates owed first, then promises, then
 * keep-warm) and how many more the dashboard holds. Only those shown are made: the list of
 * thousands is counted from indexes (dueListQuery).
 */
export function DueList({ lang, db, settings, ready, limit = 12, send }: Props) {
  // The clock is read at each run: the query re-runs when the data changes, and an item that fell
  // due since the popup opened (an interview just logged, with no delay) must show.
  const { value, loading, error } = useLiveQuery(
    async () => {
      if (!ready) return undefined;
      const now = Date.now();
      return { now, page: await dueListQuery(db, settings, now, { limit }) };
    },
    [db, settings, ready, limit],
    undefined as { now: number; page: DuePage } | undefined,
  );
  if (error) return <p class="notice warning">{t(lang, 'due.failed', { error: error.message })}</p>;
  if (loading || !value) return null;
  const { now, page } = value;
  if (!page.total) return <p class="empty">{t(lang, 'due.empty')}</p>;
  const more = page.total - page.items.length;
  const dashboard = new URL(DASHBOARD_DUE_PATH, browser.runtime.getURL('/')).href;

  return (
    <div class="due">
      <DueItems lang={lang} items={page.items} now={now} send={send} />
      {more > 0 && (
        <p class="muted">
          <a
            href={dashboard}
            target="_blank"
            rel="noopener"
            onClick={(e) => {
              // A popup's link would open inside it: a tab, as the popup's other dashboard link does.
              e.preventDefault();
              void browser.tabs.create({ url: dashboard }).catch(() => undefined);
            }}
          >
            {t(lang, 'due.more', { n: more })}
          </a>
        </p>
      )}
    </div>
  );
}
