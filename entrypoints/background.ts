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
import { clearTabState, patchTabState } from '../utils/background/tabState';
import { userActions } from '../utils/background/userActions';
import { storageHealthDeps } from '../utils/background/storageHealth';
import { getDb } from '../utils/db/database';
import { checkConversation } from '../utils/engine/checkConversation';
import { contentMessaging } from '../utils/messaging/contentProtocol';
import { pageMessaging } from '../utils/messaging/pageProtocol';
import { pendingKey } from '../utils/messaging/pendingCaptures';
import { DIGEST_ALARM, DIGEST_NOTIFICATION, DUE_REFRESH_ALARM, ensureReminderAlarms, openDigestTarget, refreshDue, scheduleDigest } from '../utils/reminders/reminderService';
import { loadSettings } from '../utils/settings/settingsStore';

const DRAIN_ALARM = 'drain-pending';

/**
 * The service worker: the only writer of captured data, the reminders' clock. Everything it must
 * remember lives in IndexedDB or browser.storage; listeners are registered synchronously so a
 * message or alarm that wakes it is heard.
 */
export default defineBackground(() => {
  const db = getDb();
  // First run (welcome page), the side panel's shortcut, the weekly backup (issue 9).
  registerFirstRun();
  registerSidePanelCommand();
  registerAutoBackup(db);

  // Many edits in a row (an import, a burst of captures) recompute the due list once.
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = async () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => void refreshDue(db).catch(() => {}), 300);
  };

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
    },
    onConversationSeen: async (tabId, seen) => {
      await patchTabState(tabId, { conversation: { surface: seen.surface, threadUrl: seen.threadUrl, participants: seen.participants, at: Date.now() } });
    },
    onDraft: async (tabId, draft) => {
      const state = await patchTabState(tabId, { draft: { ...draft, at: Date.now() } });
      // The toolbar turns to a warning while the draft being written has a high-severity finding.
      // Living-spam is never high severity and its week of outreach is the costly part: skipped here.
      const check = await checkConversation(db, { state }, await loadSettings(), Date.now(), { outreach: false }).catch(() => undefined);
      if (state.status && !state.status.recognised) return;
      await setTabBadge(tabId, check?.draftSeverity === 'high' ? { kind: 'warning' } : { kind: 'none' });
    },
  };

  contentMessaging.onMessage('capture', ({ data, sender }) => handleCapture(deps, data, sender));
  contentMessaging.onMessage('pageSeen', ({ data, sender }) => handlePageSeen(deps, data, sender));
  contentMessaging.onMessage('pageStatus', ({ data, sender }) => handlePageStatus(deps, data, sender));
  contentMessaging.onMessage('draftChanged', ({ data, sender }) => handleDraft(deps, data, sender));

  const pageDeps: PageHandlerDeps = {
    db,
    runtimeId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    now: () => Date.now(),
    afterChange: refreshSoon,
  };
  for (const type of Object.keys(userActions) as UserActionType[]) {
    pageMessaging.onMessage(type, ({ data, sender }) => handleUserAction(pageDeps, type, data, sender));
  }
  pageMessaging.onMessage('refreshReminders', async ({ sender }) => {
    if (sender?.id !== browser.runtime.id || sender.tab?.url?.startsWith('http')) return { ok: true as const, due: 0 };
    const items = await refreshDue(db);
    return { ok: true as const, due: items.length };
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DRAIN_ALARM) void drainPending(deps);
    else if (alarm.name === DIGEST_ALARM) void scheduleDigest(db);
    else if (alarm.name === DUE_REFRESH_ALARM) void refreshDue(db);
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id === DIGEST_NOTIFICATION) void openDigestTarget();
  });
  // Settings changed in the options page: the due list, badge and digest time follow at once.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !('settings' in changes)) return;
    void refreshDue(db);
    void scheduleDigest(db, { settingsChanged: true });
  });

  void (async () => {
    if (!(await browser.alarms.get(DRAIN_ALARM))) await browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
    await ensureReminderAlarms();
    await drainPending(deps);
    await refreshDue(db).catch(() => {});
    await scheduleDigest(db).catch(() => {});
  })();
});
