import { browser } from 'wxt/browser';
import { setDueCount } from '../background/badge';
import type { RelaisDB } from '../db/database';
import { dueListQuery } from '../engine/dueListQuery';
import type { DueItem } from '../engine/dueItems';
import { resolveLang } from '../i18n';
import { loadSettings } from '../settings/settingsStore';
import { digestMessage } from './digestMessage';
import { runDigestScheduler, type DigestState } from './digestScheduler';

export const DIGEST_ALARM = 'digest';
export const DUE_REFRESH_ALARM = 'due-refresh';
const DIGEST_STATE_KEY = 'reminders:digest';
export const DIGEST_NOTIFICATION = 'relais-digest';
/** Where the digest's click leads: the contact of its first item, kept with the notification. */
const DIGEST_TARGET_KEY = 'reminders:digest-target';

/** The due list now, and the toolbar badge showing how many items are due. */
export async function refreshDue(db: RelaisDB, now = Date.now()): Promise<DueItem[]> {
  const items = await dueListQuery(db, await loadSettings(), now);
  await setDueCount(items.length);
  return items;
}

/** Fires or schedules the daily digest; due times are data in storage.local, the alarm only wakes. */
export async function scheduleDigest(db: RelaisDB, opts: { settingsChanged?: boolean } = {}): Promise<DigestState> {
  return runDigestScheduler(
    {
      now: () => Date.now(),
      settings: loadSettings,
      readState: async () => (await browser.storage.local.get(DIGEST_STATE_KEY))[DIGEST_STATE_KEY] as DigestState | undefined,
      writeState: (s) => browser.storage.local.set({ [DIGEST_STATE_KEY]: s }),
      wakeAt: async (when) => {
        await browser.alarms.create(DIGEST_ALARM, { when });
      },
      fire: async () => {
        const items = await refreshDue(db);
        const settings = await loadSettings();
        const text = digestMessage(items, resolveLang(settings.language, navigator.language));
        if (!text) return;
        await browser.storage.local.set({ [DIGEST_TARGET_KEY]: items[0].finding.contactId });
        await browser.notifications.create(DIGEST_NOTIFICATION, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: text.title,
          message: text.message,
        });
      },
    },
    opts,
  );
}

/** A click on the digest opens the dashboard at the first item's contact. */
export async function openDigestTarget(): Promise<void> {
  const target = (await browser.storage.local.get(DIGEST_TARGET_KEY))[DIGEST_TARGET_KEY];
  const hash = typeof target === 'string' ? `#contact=${encodeURIComponent(target)}` : '';
  await browser.tabs.create({ url: new URL(`/dashboard.html${hash}`, browser.runtime.getURL('/')).href });
  await browser.notifications.clear(DIGEST_NOTIFICATION);
}

export async function ensureReminderAlarms(): Promise<void> {
  if (!(await browser.alarms.get(DUE_REFRESH_ALARM))) await browser.alarms.create(DUE_REFRESH_ALARM, { periodInMinutes: 30 });
}
