import { browser } from 'wxt/browser';
import { jsonDataUrl } from './autoBackupDataUrl';
import { isAutoBackupPath, isFileAskedFor } from './backupFilePath';
import type { DownloadOutcome, FoundBackup } from './autoBackupRun';
import type { WrittenFile } from './autoBackupTypes';

/** What Relais reads of a download, as both browsers report it. */
export interface DownloadEntry {
  id: number;
  filename: string;
  state?: string;
  /** False once the file is gone from the disk (moved or deleted by the user). */
  exists?: boolean;
  startTime?: string;
  fileSize?: number;
  bytesReceived?: number;
  error?: string;
}

/** The part of `browser.downloads` Relais uses; a fake in tests (one that renumbers on restart). */
export interface DownloadsApi {
  download(options: { url: string; filename: string; conflictAction: 'uniquify'; saveAs: boolean }): Promise<number>;
  search(query: { id?: number; filenameRegex?: string; state?: 'complete' }): Promise<DownloadEntry[]>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<unknown>;
  onChanged: {
    addListener(fn: (delta: { id: number; state?: { current?: string } }) => void): void;
    removeListener(fn: (delta: { id: number; state?: { current?: string } }) => void): void;
  };
}

/** Present only once the optional permission is granted. */
const browserDownloads = (): DownloadsApi | undefined => (browser as unknown as { downloads?: DownloadsApi }).downloads;

export async function hasDownloadsPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['downloads'] });
}

/** A URL the downloads API can fetch the file from, and how to let it go. */
export type FileUrl = (text: string) => { url: string; revoke: () => void };

/**
 * Firefox's background page can make a blob URL (revoked once the download ends); Chrome's service
 * worker cannot, and gets a data URL.
 */
const defaultFileUrl: FileUrl = (text) => {
  if (typeof URL.createObjectURL !== 'function') return { url: jsonDataUrl(text), revoke: () => undefined };
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return { url, revoke: () => URL.revokeObjectURL(url) };
};

/** A started download is Relais's if it was asked for by this name and began when it was asked. */
const START_SLACK_MS = 10 * 60_000;

function outcomeOf(item: DownloadEntry): DownloadOutcome {
  if (item.state === 'complete') {
    if (item.exists === false) return { state: 'gone' };
    const bytes = typeof item.fileSize === 'number' && item.fileSize >= 0 ? item.fileSize : item.bytesReceived;
    return { state: 'complete', fileName: item.filename, ...(typeof bytes === 'number' ? { bytes } : {}) };
  }
  if (item.state === 'interrupted') return { state: 'interrupted', error: String(item.error ?? 'interrupted') };
  return { state: 'in_progress' };
}

/**
 * Relais's automatic backups through the downloads API. A download id is never trusted alone:
 * Firefox numbers downloads afresh in each browser session, so an id kept from an earlier one may
 * now be a file the user downloaded. Every file looked up, forgotten or deleted is first checked
 * to be a Relais backup by its name and folder (and, for one being written, the time it began);
 * files to delete are found by name in the browser's list of this moment.
 */
export function backupDownloads(api: () => DownloadsApi | undefined = browserDownloads, fileUrl: FileUrl = defaultFileUrl) {
  /** The download if it is still the file Relais asked for; undefined otherwise. */
  async function ours(file: WrittenFile): Promise<DownloadEntry | undefined> {
    const downloads = api();
    if (!downloads) return undefined;
    const [item] = await downloads.search({ id: file.id });
    if (!item || !isFileAskedFor(item.filename || file.fileName, file.fileName)) return undefined;
    // An in-progress download may not have its final name yet: the time it began must match.
    const began = item.startTime ? Date.parse(item.startTime) : Number.NaN;
    if (Number.isFinite(began) && Math.abs(began - file.at) > START_SLACK_MS) return undefined;
    return item;
  }

  async function lookup(file: WrittenFile): Promise<DownloadOutcome> {
    const item = await ours(file);
    return item ? outcomeOf(item) : { state: 'gone' };
  }

  return {
    async start(text: string, fileName: string): Promise<number> {
      const downloads = api();
      if (!downloads) throw new Error('downloads permission missing');
      const { url, revoke } = fileUrl(text);
      try {
        const id = await downloads.download({ url, filename: fileName, conflictAction: 'uniquify', saveAs: false });
        void waitFor(id, 10 * 60_000).finally(revoke);
        return id;
      } catch (error) {
        revoke();
        throw error;
      }
    },
    lookup,
    /** Resolves when the download ends, or with in_progress after the timeout. */
    waitForEnd: (file: WrittenFile, timeoutMs: number) => waitFor(file.id, timeoutMs, () => lookup(file)),
    /** Forgets a failed download (its line in the downloads list), if it is Relais's; never throws. */
    async forget(file: WrittenFile): Promise<void> {
      const item = await ours(file).catch(() => undefined);
      if (item) await api()?.erase({ id: item.id }).catch(() => undefined);
    },
    /** Relais's backups the browser lists now, still on the disk, with this session's ids. */
    async find(): Promise<FoundBackup[]> {
      const downloads = api();
      if (!downloads) return [];
      const items = await downloads.search({ filenameRegex: 'relais-backup-', state: 'complete' });
      return items
        .filter((i) => i.state === 'complete' && i.exists !== false && typeof i.filename === 'string' && isAutoBackupPath(i.filename))
        .map((i) => ({ id: i.id, path: i.filename }));
    },
    /** Deletes a file `find` just returned, and its line in the list; never throws. */
    async remove(found: FoundBackup): Promise<void> {
      const downloads = api();
      if (!downloads || !isAutoBackupPath(found.path)) return;
      // The user may have moved or deleted it already: then only the list entry goes.
      await downloads.removeFile(found.id).catch(() => undefined);
      await downloads.erase({ id: found.id }).catch(() => undefined);
    },
  };

  function waitFor(id: number, timeoutMs: number, check: () => Promise<DownloadOutcome> = () => lookupId(id)): Promise<DownloadOutcome> {
    const downloads = api();
    if (!downloads) return Promise.resolve({ state: 'gone' });
    return new Promise((resolve) => {
      let settled = false;
      const finish = (outcome: DownloadOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        downloads.onChanged.removeListener(onChanged);
        resolve(outcome);
      };
      const look = (final: boolean) =>
        void check()
          .then((o) => (final || o.state !== 'in_progress' ? finish(o) : undefined))
          .catch((e) => finish({ state: 'interrupted', error: String(e) }));
      const onChanged = (delta: { id: number; state?: { current?: string } }) => {
        if (delta.id === id && delta.state?.current && delta.state.current !== 'in_progress') look(true);
      };
      downloads.onChanged.addListener(onChanged);
      const timer = setTimeout(() => look(true), timeoutMs);
      // It may have ended before the listener was added.
      look(false);
    });
  }

  /** Only for the download just started, to know when its URL can go. */
  async function lookupId(id: number): Promise<DownloadOutcome> {
    const [item] = (await api()?.search({ id })) ?? [];
    return item ? outcomeOf(item) : { state: 'gone' };
  }
}

export type BackupDownloads = ReturnType<typeof backupDownloads>;
