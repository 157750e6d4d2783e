import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { setTabBadge } from '../utils/background/badge';
import { handleCapture, handleDraft, handlePageSeen, handlePageStatus, type ContentHandlerDeps } from '../utils/background/contentHandlers';
import { drainPending } from '../utils/background/drainPending';
import { clearTabState, patchTabState } from '../utils/background/tabState';
import { getDb } from '../utils/db/database';
import { contentMessaging } from '../utils/messaging/contentProtocol';
import { pendingKey } from '../utils/messaging/pendingCaptures';
import { pageMessaging } from '../utils/messaging/pageProtocol';
import { handleUserAction, type PageHandlerDeps, type UserActionType } from '../utils/background/pageHandlers';
import { userActions } from '../utils/background/userActions';

const DRAIN_ALARM = 'drain-pending';

export default defineBackground(() => {
  const deps: ContentHandlerDeps = {
    db: getDb(),
    runtimeId: browser.runtime.id,
    now: () => Date.now(),
    forgetPending: (captureId) => browser.storage.local.remove(pendingKey(captureId)),
    onPageStatus: async (tabId, status) => {
      await patchTabState(tabId, { status: { ...status, at: Date.now() } });
      await setTabBadge(tabId, status.recognised ? { kind: 'none' } : { kind: 'unrecognised' });
    },
    onDraft: async (tabId, draft) => {
      await patchTabState(tabId, { draft: { ...draft, at: Date.now() } });
    },
  };

  // Listeners are registered synchronously at start-up so a message that wakes the worker is heard.
  contentMessaging.onMessage('capture', ({ data, sender }) => handleCapture(deps, data, sender));
  contentMessaging.onMessage('pageSeen', ({ data, sender }) => handlePageSeen(deps, data, sender));
  contentMessaging.onMessage('pageStatus', ({ data, sender }) => handlePageStatus(deps, data, sender));
  contentMessaging.onMessage('draftChanged', ({ data, sender }) => handleDraft(deps, data, sender));

  const pageDeps: PageHandlerDeps = {
    db: deps.db,
    runtimeId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    now: () => Date.now(),
  };
  for (const type of Object.keys(userActions) as UserActionType[]) {
    pageMessaging.onMessage(type, ({ data, sender }) => handleUserAction(pageDeps, type, data, sender));
  }

  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DRAIN_ALARM) void drainPending(deps);
  });
  void browser.alarms.create(DRAIN_ALARM, { periodInMinutes: 1 });
  void drainPending(deps);
});
