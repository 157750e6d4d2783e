import { useEffect, useRef, useState } from 'preact/hooks';
import { countRecords } from '../../utils/backup/databaseIo';
import { describeProblem } from '../../utils/backup/describeProblem';
import { countRows, totalRows, type RecordCounts } from '../../utils/backup/format';
import { readBackupFile, restoreBackup } from '../../utils/backup/importBackup';
import type { ParsedBackup } from '../../utils/backup/parseBackup';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import { Feedback, type Message } from './Feedback';
import { countList, countText, errorText, formatDateTime } from './formatting';
import { notifyDataChanged } from '../../utils/ui/notifyDataChanged';

type Pending = { backup: ParsedBackup; current: RecordCounts };

/**
 * Restore: the file is checked in full first; a valid one is summarised next to what it will
 * replace, and written only once the user confirms. A refused file changes nothing.
 */
export function BackupImport({ db, lang }: { db: RelaisDB; lang: UiLang }) {
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) cancelButton.current?.focus();
  }, [pending]);

  const choose = async (file: File | undefined) => {
    setPending(null);
    if (!file) return;
    setMessage({ kind: 'busy', say: (l) => t(l, 'backup.import.busy') });
    const parsed = await readBackupFile(file);
    // The same file may be chosen again after a fix: let the input report it as a change.
    if (input.current) input.current.value = '';
    if (!parsed.ok) {
      const { problem } = parsed;
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.import.refused', { problem: describeProblem(l, problem) }) });
      return;
    }
    try {
      setPending({ backup: parsed.value, current: await countRecords(db) });
      setMessage(null);
    } catch (error) {
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.import.refused', { problem: errorText(error) }) });
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setMessage({ kind: 'busy', say: (l) => t(l, 'backup.import.busy') });
    const result = await restoreBackup(db, pending.backup);
    if (result.ok) void notifyDataChanged();
    setPending(null);
    setMessage(
      result.ok
        ? { kind: 'ok', say: (l) => t(l, 'backup.import.done', { count: countText(l, 'records', totalRows(result.value)) }) }
        : { kind: 'error', say: (l) => t(l, 'backup.import.refused', { problem: describeProblem(l, result.problem) }) },
    );
    input.current?.focus();
  };

  const incoming = pending && countRows(pending.backup.tables);
  return (
    <div class="action">
      {/* The native file button speaks the browser's language, not the user's choice: it is hidden
          (still focusable) behind its label, styled as the button. */}
      <label for="backup-import" class="file-button">
        {t(lang, 'backup.import')}
      </label>
      <input
        ref={input}
        id="backup-import"
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        aria-describedby="backup-import-hint"
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      <p id="backup-import-hint" class="hint">
        {t(lang, 'backup.import.hint')}
      </p>
      {pending && incoming && (
        <div class="confirm" role="group" aria-labelledby="backup-import-summary">
          <p id="backup-import-summary">
            {t(lang, 'backup.import.summary', { date: formatDateTime(lang, pending.backup.exportedAt), list: countList(lang, incoming) })}
          </p>
          <p class="warning-text">
            {t(lang, 'backup.import.replaceWarning', { list: countList(lang, pending.current) })}
          </p>
          <div class="buttons">
            <button type="button" class="danger" onClick={() => void confirm()}>
              {t(lang, 'backup.import.confirm')}
            </button>
            <button
              type="button"
              ref={cancelButton}
              onClick={() => {
                setPending(null);
                input.current?.focus();
              }}
            >
              {t(lang, 'backup.import.cancel')}
            </button>
          </div>
        </div>
      )}
      <Feedback message={message} lang={lang} />
    </div>
  );
}
