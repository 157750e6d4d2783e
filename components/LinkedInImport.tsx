import { useEffect, useRef, useState } from 'preact/hooks';
import type { RelaisDB } from '../utils/db/database';
import { t, type UiLang } from '../utils/i18n';
import { plural } from '../utils/i18n/plural';
import type { ImportFailure } from '../utils/import/linkedin-export/errors';
import type { AskClassifier } from '../utils/import/linkedin-export/plan/planner';
import type { ImportReport } from '../utils/import/linkedin-export/report/report';
import type { ImportProgress } from '../utils/import/linkedin-export/runImport';
import { startImport, type ImportRun } from '../utils/import/linkedin-export/worker/startImport';
import { DEFAULT_SETTINGS } from '../utils/model/settings';
import { notifyDataChanged } from '../utils/ui/notifyDataChanged';
import type { Send } from './actions/sendAction';
import { DropZone } from './linkedin-import/DropZone';
import { ImportProgressBar } from './linkedin-import/ImportProgressBar';
import { ImportReportView } from './linkedin-import/ImportReportView';
import { ImportStart } from './linkedin-import/ImportStart';
import './linkedin-import/linkedinImport.css';

export interface LinkedInImportProps {
  db: RelaisDB;
  lang: UiLang;
  onDone?: (report: ImportReport) => void;
  /** Another ask classifier than the engine's (tests, experiments): the import then runs on the page. */
  classifyAsks?: AskClassifier;
  /** Settings.importReminderWindowDays (default 30). */
  reminderWindowDays?: number;
  /** Settings.cadenceDays.close: how often the close circle is kept in touch with. */
  closeCadenceDays?: number;
  /** Where the contacts are, for the step after the import. */
  contactsHref?: string;
  /** Sends the close circle's edits to the background (tests pass their own). */
  send?: Send;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress; cancelling: boolean }
  | { kind: 'done'; report: ImportReport; at: number }
  | { kind: 'failed'; error: ImportFailure };

/**
 * Imports LinkedIn's own data export (a ZIP or its CSV files, chosen or dropped) in a worker, with
 * a progress bar that keeps moving and a Cancel that answers at once; then the start (the close
 * circle, the replies waiting) and the report. A different control from the Relais backup import.
 * Everything is rendered as text.
 */
export function LinkedInImport({ db, lang, onDone, classifyAsks, reminderWindowDays, closeCadenceDays, contactsHref, send }: LinkedInImportProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = useRef<ImportRun | null>(null);
  const running = state.kind === 'running';

  useEffect(() => () => run.current?.cancel(), []);

  async function start(files: File[]) {
    if (!files.length || run.current) return;
    setState({ kind: 'running', progress: { fraction: 0, phase: 'reading' }, cancelling: false });
    let shown = -1;
    let shownAt = 0;
    const current = startImport(db, files, {
      classifyAsks,
      reminderWindowDays,
      onProgress: (progress) => {
        // A few renders a second: the bar and its count move, the page does not redraw for nothing.
        const now = performance.now();
        if (progress.phase !== 'done' && Math.abs(progress.fraction - shown) < 0.001 && now - shownAt < 250) return;
        shown = progress.fraction;
        shownAt = now;
        setState((prev) => (prev.kind === 'running' ? { ...prev, progress } : prev));
      },
    });
    run.current = current;
    const outcome = await current.outcome;
    run.current = null;
    if (outcome.ok) {
      setState({ kind: 'done', report: outcome.report, at: Date.now() });
      void notifyDataChanged();
      onDone?.(outcome.report);
    } else {
      setState({ kind: 'failed', error: outcome.error });
    }
  }

  function cancel() {
    run.current?.cancel();
    setState((prev) => (prev.kind === 'running' ? { ...prev, cancelling: true } : prev));
  }

  return (
    <div class="linkedin-import" data-state={state.kind}>
      {state.kind !== 'done' && <DropZone lang={lang} disabled={running} onFiles={(files) => void start(files)} />}
      {state.kind === 'running' && <ImportProgressBar lang={lang} progress={state.progress} cancelling={state.cancelling} onCancel={cancel} />}
      {state.kind === 'failed' && (
        <div class="import-error" role="alert">
          <p>{state.error.message[lang]}</p>
          {state.error.code !== 'cancelled' && <p>{t(lang, 'import.failed')}</p>}
        </div>
      )}
      {state.kind === 'done' && (
        <div class="import-done">
          <p role="status" class="import-done-line">
            <span aria-hidden="true">✓ </span>
            {t(lang, 'import.doneSummary', {
              contacts: plural(lang, 'import.doneContacts', state.report.contacts.created),
              messages: plural(lang, 'import.doneMessages', state.report.messages.sent + state.report.messages.received),
            })}
          </p>
          {!state.report.dryRun && (
            <ImportStart
              start={state.report.start}
              lang={lang}
              now={state.at}
              closeCadenceDays={closeCadenceDays ?? DEFAULT_SETTINGS.cadenceDays.close}
              contactsHref={contactsHref}
              send={send}
            />
          )}
          <ImportReportView report={state.report} lang={lang} />
          <p>
            <button type="button" class="link" onClick={() => setState({ kind: 'idle' })}>
              {t(lang, 'import.again')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
