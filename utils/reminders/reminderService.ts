import { browser } from 'wxt/browser';
import { setDueCount } from '../background/badge';
import type { RelaisDB } from '../db/database';
import { dueListQuery, type DuePage } from '../engine/dueListQuery';
import { resolveLang } from '../i18n';
import { loadSettings } from '../settings/settingsStore';
import { trustedStore } from '../trustedState/trustedStore';
import { digestMessage } from './digestMessage';
import { writeDueSnapshot } from './dueSnapshot';
import { TODAY_MAX } from '../engine/duePeople';
import { runDigestScheduler, type DigestState } from './digestScheduler';

export const DIGEST_ALARM = 'digest';
export const DUE_REFRESH_ALARM = 'due-refresh';
const DIGEST_STATE_KEY = 'reminders:digest';
export const DIGEST_NOTIFICATION = 'relais-digest';
/** Where the digest's click leads: the first person of today's list, kept with the notification. */
const DIGEST_TARGET_KEY = 'reminders:digest-target';

/** What refreshDue found: how many people the due list holds, and how many of them today. */
export interface DueBadge {
  total: number;
  today: number;
}

/** Numbers each refresh, so one that finishes after a later one does not overwrite its newer answer. */
let latestRefresh = 0;

/**
 * The due list now: today's count on the toolbar badge (never everything: calm by default),
 * today's cards and the list's length in storage.session for the popup (dueSnapshot.ts). One
 * query, which makes only today's cards (dueListQuery).
 * `verify` where nobody waits on a write (readDueDigest): not after each write, which the digest
 * followed.
 */
export async function refreshDue(db: RelaisDB, now = Date.now(), { verify = false }: { verify?: boolean } = {}): Promise<DueBadge> {
  const page = await computeDue(db, now, verify);
  return { total: page.total, today: page.today };
}

async function computeDue(db: RelaisDB, now: number, verify = false): Promise<DuePage> {
  const run = ++latestRefresh;
  // The settings are read while the query reads the database; the badge and the snapshot are written together.
  const page = await dueListQuery(db, loadSettings(), now, { limit: TODAY_MAX, verify });
  if (run === latestRefresh) await Promise.all([setDueCount(page.today), writeDueSnapshot({ at: now, ...page })]);
  return page;
}

/** Fires or schedules the daily digest; due times are data in the trusted store, the alarm only wakes. */
export async function scheduleDigest(db: RelaisDB, opts: { settingsChanged?: boolean } = {}): Promise<DigestState> {
  return runDigestScheduler(
    {
      now: () => Date.now(),
      settings: loadSettings,
      readState: async () => (await trustedStore().get(DIGEST_STATE_KEY))[DIGEST_STATE_KEY] as DigestState | undefined,
      writeState: (s) => trustedStore().set({ [DIGEST_STATE_KEY]: s }),
      wakeAt: async (when) => {
        await browser.alarms.create(DIGEST_ALARM, { when });
      },
      fire: async () => {
        const settings = await loadSettings();
        const { cards } = await computeDue(db, Date.now(), true);
        const text = digestMessage(cards, resolveLang(settings.language, navigator.language));
        if (!text) return;
        await trustedStore().set({ [DIGEST_TARGET_KEY]: cards[0]?.contactId });
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

/** A click on the digest opens the dashboard at today's first person. */
export async function openDigestTarget(): Promise<void> {
  const target = (await trustedStore().get(DIGEST_TARGET_KEY))[DIGEST_TARGET_KEY];
  const hash = typeof target === 'string' ? `#contact=${encodeURIComponent(target)}` : '';
  await browser.tabs.create({ url: new URL(`/dashboard.html${hash}`, browser.runtime.getURL('/')).href });
  await browser.notifications.clear(DIGEST_NOTIFICATION);
}

export async function ensureReminderAlarms(): Promise<void> {
  if (!(await browser.alarms.get(DUE_REFRESH_ALARM))) await browser.alarms.create(DUE_REFRESH_ALARM, { periodInMinutes: 30 });
}
