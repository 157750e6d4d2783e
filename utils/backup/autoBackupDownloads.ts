import { browser } from 'wxt/browser';
import { jsonDataUrl } from './autoBackupDataUrl';
import type { DownloadOutcome } from './autoBackupRun';

type Downloads = typeof browser.downloads;
/** Present only once the optional permission is granted. */
const downloads = (): Downloads | undefined => (browser as { downloads?: Downloads }).downloads;

export async function hasDownloadsPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['downloads'] });
}

export async function lookupDownload(id: number): Promise<DownloadOutcome> {
  const api = downloads();
  if (!api) return { state: 'gone' };
  const [item] = await api.search({ id });
  if (!item) return { state: 'gone' };
  if (item.state === 'complete') return { state: 'complete', fileName: item.filename, bytes: item.fileSize >= 0 ? item.fileSize : item.bytesReceived };
  if (item.state === 'interrupted') return { state: 'interrupted', error: String(item.error ?? 'interrupted') };
  return { state: 'in_progress' };
}

/**
 * Writes the text as a file through the downloads API. Firefox's background page can make a blob
 * URL (revoked once the download ends); Chrome's service worker cannot, and gets a data URL.
 */
export async function startBackupDownload(text: string, fileName: string): Promise<number> {
  if (!downloads()) throw new Error('downloads permission missing');
  const canBlob = typeof URL.createObjectURL === 'function';
  const url = canBlob ? URL.createObjectURL(new Blob([text], { type: 'application/json' })) : jsonDataUrl(text);
  try {
    const id = await browser.downloads.download({ url, filename: fileName, conflictAction: 'uniquify', saveAs: false });
    if (canBlob) void waitForDownload(id, 10 * 60_000).finally(() => URL.revokeObjectURL(url));
    return id;
  } catch (error) {
    if (canBlob) URL.revokeObjectURL(url);
    throw error;
  }
}

export function waitForDownload(id: number, timeoutMs: number): Promise<DownloadOutcome> {
  const api = downloads();
  if (!api) return Promise.resolve({ state: 'gone' });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: DownloadOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      api.onChanged.removeListener(onChanged);
      resolve(outcome);
    };
    const check = (final: boolean) =>
      void lookupDownload(id)
        .then((o) => (final || o.state !== 'in_progress' ? finish(o) : undefined))
        .catch((e) => finish({ state: 'interrupted', error: String(e) }));
    const onChanged = (delta: { id: number; state?: { current?: string } }) => {
      if (delta.id === id && delta.state?.current && delta.state.current !== 'in_progress') check(true);
    };
    api.onChanged.addListener(onChanged);
    const timer = setTimeout(() => check(true), timeoutMs);
    // It may have ended before the listener was added.
    check(false);
  });
}

export async function deleteWrittenFile(id: number): Promise<void> {
  const api = downloads();
  if (!api) return;
  // The user may have moved or deleted it already: then only the list entry goes.
  await api.removeFile(id).catch(() => undefined);
  await api.erase({ id }).catch(() => undefined);
}

export async function forgetDownload(id: number): Promise<void> {
  await downloads()
    ?.erase({ id })
    .catch(() => undefined);
}
