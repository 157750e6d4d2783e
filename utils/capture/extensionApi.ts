/**
 * The few extension APIs the content script uses, without webextension-polyfill: the polyfill
 * alone would take a quarter of the content script's 40 KB budget, and both browsers give
 * promise-based APIs here (Firefox's native `browser`, Chrome MV3's `chrome`). Extension pages and
 * the background keep the polyfill.
 */
interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}
interface MinimalApi {
  runtime: { id?: string };
  storage: {
    local: StorageArea;
    sync: StorageArea;
    onChanged: {
      addListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(cb: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const g = globalThis as unknown as { browser?: MinimalApi; chrome?: MinimalApi };

export const ext: MinimalApi = (g.browser?.runtime?.id ? g.browser : g.chrome) as MinimalApi;

/** False once the extension was reloaded or removed under this page: stop working quietly. */
export function extensionAlive(): boolean {
  try {
    return !!ext?.runtime?.id;
  } catch {
    return false;
  }
}
