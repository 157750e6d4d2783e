import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LAST_STORAGE_ERROR_KEY, parseStorageProblem, readLastStorageError } from '../utils/background/lastStorageError';
import { describeStorageProblem, type StorageProblem } from '../utils/db/storageProblem';
import type { UiLang } from '../utils/i18n';

/**
 * When the browser refused to save a capture (disk full, database blocked by another tab), says
 * so until the capture is written after all. Captures are kept and retried meanwhile.
 */
export function StorageProblemNotice({ lang }: { lang: UiLang }) {
  const [problem, setProblem] = useState<StorageProblem | undefined>();
  useEffect(() => {
    void readLastStorageError().then(setProblem).catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && LAST_STORAGE_ERROR_KEY in changes) setProblem(parseStorageProblem(changes[LAST_STORAGE_ERROR_KEY].newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!problem) return null;
  return (
    <p class="notice warning" role="alert">
      {describeStorageProblem(lang, problem)}
    </p>
  );
}
