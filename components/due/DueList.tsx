import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RelaisDB } from '../../utils/db/database';
import { dueListQuery, type DuePage } from '../../utils/engine/dueListQuery';
import { t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { POPUP_DUE_ITEMS } from '../../utils/reminders/dueSnapshot';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import type { Send } from '../actions/sendAction';
import { DueItems } from './DueItems';
import { useDueSnapshot } from './useDueSnapshot';

interface Props {
  lang: UiLang;
  db: RelaisDB;
  settings: Settings;
  /** The settings are loaded (only needed to compute the list here, without the background's snapshot). */
  ready: boolean;
  send?: Send;
}

/** Where the whole due list is, a page at a time. */
export const DASHBOARD_DUE_PATH = '/dashboard.html#due';

/**
 * The first items of the due list across all contacts (updates owed first, then promises, then
 * keep-warm) and how many more the dashboard holds. They come from the snapshot the background
 * keeps after every change (useDueSnapshot); the list is computed here only when the background
 * has none to give.
 */
export function DueList({ lang, db, settings, ready, send }: Props) {
  const { snapshot, loaded, fallback } = useDueSnapshot();
  const compute = ready && loaded && (!snapshot || fallback);
  const live = useLiveQuery(
    async () => {
      if (!compute) return undefined;
      // The clock is read at each run: an item that fell due since the popup opened must show.
      const now = Date.now();
      return { at: now, page: await dueListQuery(db, settings, now, { limit: POPUP_DUE_ITEMS }) };
    },
    [db, settings, compute],
    undefined as { at: number; page: DuePage } | undefined,
  );
  // What the user just settled here stays hidden until a list computed after it comes.
  const [settled, setSettled] = useState<Record<string, number>>({});
  const source = live.value && (!snapshot || live.value.at >= snapshot.at) ? live.value : snapshot && { at: snapshot.at, page: snapshot };

  if (live.error && !source) return <p class="notice warning">{t(lang, 'due.failed', { error: live.error.message })}</p>;
  if (!source) return null;
  const items = source.page.items.filter((i) => !(settled[i.finding.key] >= source.at));
  const total = source.page.total - (source.page.items.length - items.length);
  if (!total) return <p class="empty">{t(lang, 'due.empty')}</p>;
  const more = total - items.length;
  const dashboard = new URL(DASHBOARD_DUE_PATH, browser.runtime.getURL('/')).href;

  return (
    <div class="due">
      <DueItems lang={lang} items={items} now={Date.now()} send={send} onSettled={(key) => setSettled((s) => ({ ...s, [key]: Date.now() }))} />
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
