import { useState } from 'preact/hooks';
import { describeProblem } from '../../utils/backup/describeProblem';
import { exportBackup } from '../../utils/backup/exportBackup';
import { totalRows } from '../../utils/backup/format';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import { downloadText } from './download';
import { Feedback, type Message } from './Feedback';
import { countText, errorText } from './formatting';

export function BackupExport({ db, lang }: { db: RelaisDB; lang: UiLang }) {
  const [message, setMessage] = useState<Message | null>(null);
  const busy = message?.kind === 'busy';
  const run = async () => {
    setMessage({ kind: 'busy', say: (l) => t(l, 'backup.export.busy') });
    try {
      const backup = await exportBackup(db, Date.now());
      downloadText(backup.text, backup.fileName, 'application/json');
      setMessage(
        backup.problem
          ? { kind: 'warning', say: (l) => t(l, 'backup.export.warning', { problem: describeProblem(l, backup.problem!) }) }
          : { kind: 'ok', say: (l) => t(l, 'backup.export.done', { file: backup.fileName, count: countText(l, 'records', totalRows(backup.counts)) }) },
      );
    } catch (error) {
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.export.failed', { error: errorText(error) }) });
    }
  };
  return (
    <div class="action">
      <button type="button" id="backup-export" aria-describedby="backup-export-hint" disabled={busy} onClick={() => void run()}>
        {t(lang, 'backup.export')}
      </button>
      <p id="backup-export-hint" class="hint">
        {t(lang, 'backup.export.hint')}
      </p>
      <Feedback message={message} lang={lang} />
    </div>
  );
}
