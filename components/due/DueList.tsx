import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RelaisDB } from '../../utils/db/database';
import { dueListQuery, type DuePage } from '../../utils/engine/dueListQuery';
import { TODAY_MAX } from '../../utils/engine/duePeople';
import { t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { useLiveQuery } from '../../utils/ui/useLiveQuery';
import type { Send } from '../actions/sendAction';
import { DueCards } from './DueCards';
import { useDueSnapshot } from './useDueSnapshot';

interface Props {
  lang: UiLang;
  db: RelaisDB;
  settings: Settings;
  /** The settings are loaded (only needed to compute the list here, without the background's snapshot). */
  ready: boolean;
  send?: Send;
}

/** Where the whole due list is. */
export const DASHBOARD_DUE_PATH = '/dashboard.html#due';

/**
 * Today's due list: five people at most, the most valuable first (updates owed to the people who
 * introduced you, promises, then keeping in touch), and the way to all the others. It comes from
 * the snapshot the background keeps after every change (useDueSnapshot); the list is computed here
 * only when the background has none to give.
 */
export function DueList({ lang, db, settings, ready, send }: Props) {
  const { snapshot, loaded, fallback } = useDueSnapshot();
  const compute = ready && loaded && (!snapshot || fallback);
  const live = useLiveQuery(
    async () => {
      if (!compute) return undefined;
      // The clock is read at each run: what fell due since the popup opened must show.
      const now = Date.now();
      return { at: now, page: await dueListQuery(db, settings, now, { limit: TODAY_MAX }) };
    },
    [db, settings, compute],
    undefined as { at: number; page: DuePage } | undefined,
  );
  // Whom the user just settled here stays hidden until a list computed after it comes.
  const [settled, setSettled] = useState<Record<string, number>>({});
  const source = live.value && (!snapshot || live.value.at >= snapshot.at) ? live.value : snapshot && { at: snapshot.at, page: snapshot };

  if (live.error && !source) return <p class="notice warning">{t(lang, 'due.failed', { error: live.error.message })}</p>;
  if (!source) return null;
  const cards = source.page.cards.filter((c) => !(settled[c.contactId] >= source.at));
  const total = source.page.total - (source.page.cards.length - cards.length);
  if (!total) return <p class="empty">{t(lang, 'due.empty')}</p>;
  const dashboard = new URL(DASHBOARD_DUE_PATH, browser.runtime.getURL('/')).href;

  return (
    <div class="due-list">
      <DueCards lang={lang} cards={cards} now={Date.now()} send={send} onSettled={(id) => setSettled((s) => ({ ...s, [id]: Date.now() }))} />
      {total > cards.length && (
        <p class="due-all">
          {t(lang, 'due.restCanWait')}{' '}
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
            {t(lang, 'due.all', { n: total })}
          </a>
        </p>
      )}
    </div>
  );
}
