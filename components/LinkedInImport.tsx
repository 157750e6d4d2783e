import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { RelaisDB } from '../utils/db/database';
import type { ImportFailure } from '../utils/import/linkedin-export/errors';
import type { AskClassifier } from '../utils/import/linkedin-export/plan/planner';
import type { ImportReport } from '../utils/import/linkedin-export/report/report';
import type { ImportPhase } from '../utils/import/linkedin-export/runImport';
import { startImport, type ImportRun } from '../utils/import/linkedin-export/worker/startImport';
import { ImportReportView } from './linkedin-import/ImportReportView';
import { phaseLabel, strings, type ImportUiLang } from './linkedin-import/strings';
import { notifyDataChanged } from '../utils/ui/notifyDataChanged';

export interface LinkedInImportProps {
  db: RelaisDB;
  lang: ImportUiLang;
  onDone?: (report: ImportReport) => void;
  /** Another ask classifier than the engine's (tests, experiments). */
  classifyAsks?: AskClassifier;
  /** Settings.importReminderWindowDays (default 30). */
  reminderWindowDays?: number;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number; phase: ImportPhase; cancelling: boolean }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: ImportFailure };

/**
 * Imports LinkedIn's own data export (a ZIP or its CSV files, chosen or dropped), with a progress
 * bar, a cancel button and the report at the end. A different control from the Relais backup
 * import. Everything is rendered as text.
 */
export function LinkedInImport({ db, lang, onDone, classifyAsks, reminderWindowDays }: LinkedInImportProps) {
  const s = strings(lang);
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const controller = useRef<ImportRun | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const running = state.kind === 'running';

  useEffect(() => () => controller.current?.cancel(), []);

  async function start(files: File[]) {
    if (!files.length || controller.current) return;
    setState({ kind: 'running', fraction: 0, phase: 'reading', cancelling: false });
    let shown = -1;
    const run = startImport(db, files, {
      classifyAsks,
      reminderWindowDays,
      onProgress: ({ fraction, phase }) => {
        // One update per half-percent is plenty for a bar, and keeps renders off the hot loop.
        if (Math.abs(fraction - shown) < 0.005 && phase !== 'done') return;
        shown = fraction;
        setState((prev) => (prev.kind === 'running' ? { ...prev, fraction, phase } : prev));
      },
    });
    controller.current = run;
    const outcome = await run.outcome;
    controller.current = null;
    if (input.current) input.current.value = '';
    if (outcome.ok) {
      setState({ kind: 'done', report: outcome.report });
      void notifyDataChanged();
      onDone?.(outcome.report);
    } else {
      setState({ kind: 'failed', error: outcome.error });
    }
  }

  function cancel() {
    controller.current?.cancel();
    setState((prev) => (prev.kind === 'running' ? { ...prev, cancelling: true } : prev));
  }

  return (
    <div class="linkedin-import" data-state={state.kind}>
      <div
        class={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          if (!running) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!running) void start([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <label for={`${id}-file`}>{s.label}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".zip,.csv,application/zip,text/csv"
          multiple
          disabled={running}
          aria-describedby={`${id}-how`}
          onChange={(e) => void start([...(e.currentTarget.files ?? [])])}
        />
        <p class="drop-hint" aria-hidden="true">
          {dragging ? s.dropping : s.drop}
        </p>
        <p id={`${id}-how`} class="how-to">
          {s.howTo}
        </p>
      </div>
      {state.kind === 'running' && (
        <div class="import-progress">
          <progress id={`${id}-progress`} value={state.fraction} max={1} aria-label={s.progress} />
          <span role="status">{state.cancelling ? s.cancelling : `${phaseLabel(state.phase, lang)} — ${Math.round(state.fraction * 100)} %`}</span>
          <button type="button" onClick={cancel} disabled={state.cancelling}>
            {s.cancel}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div class="import-error" role="alert">
          <p>{state.error.message[lang]}</p>
          {state.error.code !== 'cancelled' && <p>{s.failed}</p>}
        </div>
      )}
      {state.kind === 'done' && (
        <div class="import-done">
          <p role="status">{s.done}</p>
          <ImportReportView report={state.report} lang={lang} />
        </div>
      )}
    </div>
  );
}
