import type { AutoBackupConfig, AutoBackupState } from '../../utils/backup/autoBackupTypes';
import type { BackupProblem } from '../../utils/backup/problem';
import { t, type UiLang } from '../../utils/i18n';

const when = (lang: UiLang, at: number) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));

/** What the background last did: the latest file written, or the last failure with its reason. */
export function AutoBackupStatus({
  lang,
  config,
  state,
  describe,
}: {
  lang: UiLang;
  config: AutoBackupConfig;
  state: AutoBackupState;
  describe: (lang: UiLang, problem: BackupProblem) => string;
}) {
  const { lastSuccess, lastFailure, pending } = state;
  const failureShown = lastFailure && (!lastSuccess || lastFailure.at >= lastSuccess.at);
  const reason =
    lastFailure &&
    (lastFailure.reason === 'invalid' && lastFailure.problem
      ? describe(lang, lastFailure.problem)
      : t(lang, `autobackup.reason.${lastFailure.reason}`, { detail: lastFailure.detail ?? '' }));
  return (
    <div class="auto-backup-status">
      <p id="autobackup-last">
        {lastSuccess
          ? t(lang, 'autobackup.last', { when: when(lang, lastSuccess.at), file: lastSuccess.fileName, count: state.files.length })
          : t(lang, 'autobackup.none')}
      </p>
      {failureShown && (
        <p role="alert" class="feedback error" id="autobackup-failure">
          {t(lang, 'autobackup.failed', { when: when(lang, lastFailure.at), reason: reason ?? '' })}{' '}
          {lastSuccess ? t(lang, 'autobackup.previousStays') : ''}
        </p>
      )}
      {pending && <p class="hint">{t(lang, 'autobackup.pending')}</p>}
      {config.enabled && state.nextDueAt !== undefined && !pending && <p class="hint">{t(lang, 'autobackup.next', { when: when(lang, state.nextDueAt) })}</p>}
    </div>
  );
}
