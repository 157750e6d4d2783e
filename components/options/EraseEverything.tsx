import { useEffect, useRef, useState } from 'preact/hooks';
import { countRecords } from '../../utils/backup/databaseIo';
import { eraseEverything } from '../../utils/backup/eraseEverything';
import type { RecordCounts } from '../../utils/backup/format';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import { Feedback, type Message } from './Feedback';
import { countList, errorText } from './formatting';
import { notifyDataChanged } from '../../utils/ui/notifyDataChanged';

/**
 * Two steps: the first button only shows what would be lost, counted, with "keep my data" focused;
 * the second, explicit one erases.
 */
export function EraseEverything({ db, lang }: { db: RelaisDB; lang: UiLang }) {
  const [counts, setCounts] = useState<RecordCounts | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (counts) keepButton.current?.focus();
  }, [counts]);

  const ask = async () => {
    setMessage(null);
    try {
      setCounts(await countRecords(db));
    } catch (error) {
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.erase.failed', { error: errorText(error) }) });
    }
  };
  const erase = async () => {
    setCounts(null);
    try {
      await eraseEverything(db);
      void notifyDataChanged();
      setMessage({ kind: 'ok', say: (l) => t(l, 'backup.erase.done') });
    } catch (error) {
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.erase.failed', { error: errorText(error) }) });
    }
    startButton.current?.focus();
  };
  return (
    <div class="action">
      <button type="button" id="erase-start" ref={startButton} class="danger" aria-describedby="erase-hint" aria-expanded={!!counts} onClick={() => void ask()}>
        {t(lang, 'backup.erase')}
      </button>
      <p id="erase-hint" class="hint">
        {t(lang, 'backup.erase.hint')}
      </p>
      {counts && (
        <div class="confirm" role="group" aria-labelledby="erase-warning">
          <p id="erase-warning" class="warning-text">
            {t(lang, 'backup.erase.warning', { list: countList(lang, counts) })}
          </p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void erase()}>
              {t(lang, 'backup.erase.confirm')}
            </button>
            <button
              type="button"
              ref={keepButton}
              onClick={() => {
                setCounts(null);
                startButton.current?.focus();
              }}
            >
              {t(lang, 'backup.erase.cancel')}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} lang={lang} />
    </div>
  );
}
