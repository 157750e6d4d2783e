import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { registerAutoBackup } from '../utils/background/autoBackupAlarm';
import { setTabBadge } from '../utils/background/badge';
import { handleCapture, handleDraft, handlePageSeen, handlePageStatus, type ContentHandlerDeps } from '../utils/background/contentHandlers';
import { drainPending } from '../utils/background/drainPending';
import { afterCapture, analyseSentText } from '../utils/background/enrichCapture';
import { registerFirstRun } from '../utils/background/onInstalled';
import { handleUserAction, type PageHandlerDeps, type UserActionType } from '../utils/background/pageHandlers';
import { registerSidePanelCommand } from '../utils/background/sidePanelCommand';
import { CHECK_PREFIX, createTabChecks, tabCheckKey, tabOfPortName, type StoredCheck } from '../utils/background/tabChecks';
import { clearTabState, patchTabState, readTabState, tabUrl } from '../utils/background/tabState';
import { userActions } from '../utils/background/userActions';
import { storageHealthDeps } from '../utils/background/storageHealth';
import { getDb } from '../utils/db/database';
import { moveFromLocal } from '../utils/trustedState/moveFromLocal';
import { trustedStore } from '../utils/trustedState/trustedStore';
import { CheckCache } from '../utils/engine/checkCache';
import { checkConversation } from '../utils/engine/check/checkConversation';
import { contentMessaging } from '../utils/messaging/contentProtocol';
import { pageMessaging } from '../utils/messaging/pageProtocol';
import { pendingKey } from '../utils/messaging/pendingCaptures';
import { DIGEST_ALARM, DIGEST_NOTIFICATION, DUE_REFRESH_ALARM, ensureReminderAlarms, openDigestTarget, refreshDue, scheduleDigest } from '../utils/reminders/reminderService';
import type { Settings } from '../utils/model/settings';
import { loadSettings } from '../utils/settings/settingsStore';
import { checkPageSender } from '../utils/background/senders';

const DRAIN_ALARM = 'drain-pending';

/**
 * The service worker: the only writer of captured data, the reminders' clock. Everything it must
 * remember lives in IndexedDB or browser.storage; listeners are registered synchronously so a
 * message or alarm that wakes it is heard.
 */
export default defineBackground(() => {
  const db = getDb();
  // What earlier versions kept in storage.local, where the content script can write, moves to the
  // trusted store once (utils/trustedState); the backup and the digest read it after that.
  const moved = moveFromLocal(browser.storage.local, trustedStore()).catch(() => []);
  // First run (welcome page), the side panel's shortcut, the weekly backup (issue 9).
  registerFirstRun();
  registerSidePanelCommand();
  registerAutoBackup(db, moved);

  // Many edits in a row (an import, a burst of captures) recompute the due list once.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = async () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void refreshDue(db).catch(() => {}), 300);
  };

  // The pre-send check of each tab, computed here once per change and read by the popup and the
  // side panel from storage.session (tabChecks.ts). Reads that do not depend on the draft are
  // kept between keystrokes and dropped on any write, from any extension page.
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const checkCache = new CheckCache();
  let settingsNow: Promise<Settings> | undefined;
  const currentSettings = () => (settingsNow ??= loadSettings().catch((e) => ((settingsNow = undefined), Promise.reject(e))));
  const tabChecks = createTabChecks({
    now: () => Date.now(),
    compute: async (tabId) => {
      const [state, url, settings] = await Promise.all([
        readTabState(tabId),
        tabUrl(tabId),
        currentSettings(),
      ]);
      return { state, check: await checkConversation(db, { url, state }, settings, Date.now(), { cache: checkCache }) };
    },
    store: async (tabId, value: StoredCheck | undefined) => {
      if (value) await browser.storage.session.set({ [tabCheckKey(tabId)]: value });
      else await browser.storage.session.remove(tabCheckKey(tabId));
    },
    storedTabs: async () =>
      Object.keys(await browser.storage.session.get(null))
        .filter((k) => k.startsWith(CHECK_PREFIX))
        .map((k) => Number(k.slice(CHECK_PREFIX.length))),
    // The toolbar turns to a warning while the draft being written has a high-severity finding;
    // "?" (an unreadable page) stays.
    onChecked: async (tabId, check, state) => {
      if (state.status && !state.status.recognised) return;
      if (!state.status && !state.draft) return;
      await setTabBadge(tabId, check.draftSeverity === 'high' ? { kind: 'warning' } : { kind: 'none' });
    },
  });
  let changedTimer: ReturnType<typeof setTimeout> | undefined;
  // Every write, from any page (an import or a restore in the options page too): the kept reads
  // are dropped, shown tabs re-checked, and the due list and badge recomputed.
  Dexie.on('storagemutated', (parts) => {
    // The trusted store's writes (a backup's record, the digest's schedule) change no data.
    if (!Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/`))) return;
    checkCache.clear();
    if (changedTimer) clearTimeout(changedTimer);
    changedTimer = setTimeout(() => void tabChecks.dataChanged(), 100);
    void refreshSoon();
  });
  browser.runtime.onConnect.addListener((port) => {
    const tabId = tabOfPortName(port.name);
    if (tabId === undefined) return;
    if (!checkPageSender(port.sender, browser.runtime.id, extensionOrigin).ok) return port.disconnect();
    port.onDisconnect.addListener(tabChecks.watch(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (tabChecks.isWatched(tabId) && (info.url !== undefined || info.status === 'complete')) void tabChecks.refresh(tabId);
  });
  // A check stored by an earlier life of the worker may predate writes it did not hear.
  void tabChecks.dataChanged();

  const deps: ContentHandlerDeps = {
    db,
    // Quota errors and blocked upgrades: a clear ack to the content script, a record the popup shows.
    ...storageHealthDeps(db, () => Date.now()),
    runtimeId: browser.runtime.id,
    now: () => Date.now(),
    analyse: analyseSentText,
    afterCapture: async (capture, contactIds) => {
      await afterCapture(db, capture, contactIds, await loadSettings());
      await refreshSoon();
    },
    forgetPending: (captureId) => browser.storage.local.remove(pendingKey(captureId)),
    onPageStatus: async (tabId, status) => {
      await patchTabState(tabId, { status: { ...status, at: Date.now() } });
      await setTabBadge(tabId, status.recognised ? { kind: 'none' } : { kind: 'unrecognised' });
      void tabChecks.refresh(tabId);
    },
    onConversationSeen: async (tabId, seen) => {
      await patchTabState(tabId, { conversation: { surface: seen.surface, threadUrl: seen.threadUrl, participants: seen.participants, at: Date.now() } });
      void tabChecks.refresh(tabId);
    },
    onDraft: async (tabId, draft) => {
      await patchTabState(tabId, { draft: { ...draft, at: Date.now() } });
      await tabChecks.refresh(tabId);
    },
  };

  contentMessaging.onMessage('capture', ({ data, sender }) => handleCapture(deps, data, sender));
  contentMessaging.onMessage('pageSeen', ({ data, sender }) => handlePageSeen(deps, data, sender));
  contentMessaging.onMessage('pageStatus', ({ data, sender }) => handlePageStatus(deps, data, sender));
  contentMessaging.onMessage('draftChanged', ({ data, sender }) => handleDraft(deps, data, sender));

  const pageDeps: PageHandlerDeps = {
    db,
    runtimeId: browser.runtime.id,
    extensionOrigin,
    now: () => Date.now(),
    afterChange: refreshSoon,
  };
  for (const type of Object.keys(userActions) as UserActionType[]) {
    pageMessaging.onMessage(type, ({ data, sender }) => handleUserAction(pageDeps, type, data, sender));
  }
  pageMessaging.onMessage('refreshReminders', async ({ sender }) => {
    if (sender?.id !== browser.runtime.id || sender.tab?.url?.startsWith('http')) return { ok: true as const, due: 0 };
    const { total } = await refreshDue(db, Date.now(), { verify: true });
    return { ok: true as const, due: total };
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
    void tabChecks.forget(tabId);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DRAIN_ALARM) void drainPending(deps);
    else if (alarm.name === DIGEST_ALARM) void scheduleDigest(db);
    else if (alarm.name === DUE_REFRESH_ALARM) void refreshDue(db, Date.now(), { verify: true }).catch(() => {});
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === DIGEST_NOTIFICATION) void openDigestTarget();
  });
  // Settings changed in the options page: the due list, badge and digest time follow at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !('settings' in changes)) return;
    settingsNow = undefined;
    void tabChecks.dataChanged();
    void refreshDue(db, Date.now(), { verify: true }).catch(() => {});
    void scheduleDigest(db, { settingsChanged: true });
  });

  void (async () => {
    if (!(await browser.alarms.get(DRAIN_ALARM))) await browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    await ensureReminderAlarms();
    await drainPending(deps);
    await refreshDue(db, Date.now(), { verify: true }).catch(() => {});
    await moved;
    await scheduleDigest(db).catch(() => {});
  })();
});
