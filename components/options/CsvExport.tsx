import { useState } from 'preact/hooks';
import { exportContactsCsv } from '../../utils/backup/exportContactsCsv';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import { downloadText } from './download';
import { Feedback, type Message } from './Feedback';
import { countText, errorText } from './formatting';

export function CsvExport({ db, lang }: { db: RelaisDB; lang: UiLang }) {
  const [message, setMessage] = useState<Message | null>(null);
  const run = async () => {
    try {
      const csv = await exportContactsCsv(db, lang, Date.now());
      // The byte-order mark makes spreadsheets read the file as UTF-8 (accents intact).
      downloadText(`\ufeff${csv.text}`, csv.fileName, 'text/csv;charset=utf-8');
      setMessage({ kind: 'ok', say: (l) => t(l, 'backup.csv.done', { count: countText(l, 'contacts', csv.count), file: csv.fileName }) });
    } catch (error) {
      setMessage({ kind: 'error', say: (l) => t(l, 'backup.export.failed', { error: errorText(error) }) });
    }
  };
  return (
    <div class="action">
      <button type="button" id="csv-export" aria-describedby="csv-export-hint" onClick={() => void run()}>
        {t(lang, 'backup.csv')}
      </button>
      <p id="csv-export-hint" class="hint">
        {t(lang, 'backup.csv.hint')}
      </p>
      <Feedback message={message} lang={lang} />
    </div>
  );
}
