import type { DownloadEntry, DownloadsApi } from '../../../utils/backup/autoBackupDownloads';

const DOWNLOADS = '/home/u/Downloads';

/**
 * The browser's downloads list and the disk, as the downloads API shows them. `restart()` is a
 * browser restart as Firefox does it: finished downloads leave the list and ids start again at 1,
 * so an id Relais kept from before may now be a file the user downloads next.
 */
export class FakeDownloads implements DownloadsApi {
  disk = new Map<string, string>();
  list = new Map<number, DownloadEntry>();
  nextId = 1;
  now: () => number;
  /** How the next download Relais starts ends. */
  ending: 'complete' | 'interrupted' | 'refused' | 'hangs' = 'complete';
  /** Files the URL of a download stands for (the fake's own blob store). */
  urls = new Map<string, string>();
  private listeners = new Set<(delta: { id: number; state?: { current?: string } }) => void>();
  deleted: string[] = [];

  constructor(now: () => number, readonly style: 'firefox' | 'chrome' = 'firefox') {
    this.now = now;
  }

  /** A file the user downloads themselves: Relais must never touch it. */
  userDownload(name: string, content = 'mine'): number {
    const path = this.freePath(`${DOWNLOADS}/${name}`);
    this.disk.set(path, content);
    const id = this.nextId++;
    this.list.set(id, { id, filename: path, state: 'complete', exists: true, startTime: new Date(this.now()).toISOString(), fileSize: content.length });
    return id;
  }

  restart(): void {
    if (this.style === 'firefox') {
      for (const [id, item] of this.list) if (item.state === 'complete') this.list.delete(id);
      this.nextId = 1;
    }
  }

  private freePath(path: string): string {
    let candidate = path;
    for (let n = 1; this.disk.has(candidate); n += 1) candidate = path.replace(/\.(\w+)$/, this.style === 'firefox' ? `(${n}).$1` : ` (${n}).$1`);
    return candidate;
  }

  async download({ url, filename }: { url: string; filename: string }): Promise<number> {
    if (this.ending === 'refused') throw new Error('Invalid filename');
    const id = this.nextId++;
    const path = this.freePath(`${DOWNLOADS}/${filename}`);
    const item: DownloadEntry = { id, filename: path, state: 'in_progress', exists: true, startTime: new Date(this.now()).toISOString() };
    if (this.ending === 'complete') {
      this.disk.set(path, this.urls.get(url) ?? '');
      Object.assign(item, { state: 'complete', fileSize: this.disk.get(path)!.length });
    } else if (this.ending === 'interrupted') Object.assign(item, { state: 'interrupted', error: 'FILE_NO_SPACE', exists: false });
    this.list.set(id, item);
    return id;
  }

  /** Finishes a download left running. */
  finish(id: number, content = '{}'): void {
    const item = this.list.get(id)!;
    this.disk.set(item.filename, content);
    Object.assign(item, { state: 'complete', fileSize: content.length });
    for (const l of this.listeners) l({ id, state: { current: 'complete' } });
  }

  async search(query: { id?: number; filenameRegex?: string; state?: string }): Promise<DownloadEntry[]> {
    return [...this.list.values()]
      .filter((i) => (query.id === undefined || i.id === query.id) && (!query.state || i.state === query.state) && (!query.filenameRegex || new RegExp(query.filenameRegex).test(i.filename)))
      .map((i) => ({ ...i, exists: i.state === 'complete' ? this.disk.has(i.filename) : i.exists }));
  }

  async removeFile(id: number): Promise<void> {
    const item = this.list.get(id);
    if (!item || !this.disk.has(item.filename)) throw new Error('file does not exist');
    this.disk.delete(item.filename);
    this.deleted.push(item.filename);
  }

  async erase({ id }: { id: number }): Promise<number[]> {
    return this.list.delete(id) ? [id] : [];
  }

  onChanged = {
    addListener: (fn: (delta: { id: number; state?: { current?: string } }) => void) => void this.listeners.add(fn),
    removeListener: (fn: (delta: { id: number; state?: { current?: string } }) => void) => void this.listeners.delete(fn),
  };

  backupsOnDisk(): string[] {
    return [...this.disk.keys()].filter((p) => p.includes('/Relais/'));
  }
}
