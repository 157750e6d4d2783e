import { useEffect, useState } from 'preact/hooks';
import { describeProblem } from '../../utils/backup/describeProblem';
import { KEEP_BOUNDS, type AutoBackupConfig, type AutoBackupState } from '../../utils/backup/autoBackupTypes';
import { t, type UiLang } from '../../utils/i18n';
import { Feedback, type Message } from '../options/Feedback';
import { NumberField } from '../options/NumberField';
import { Section } from '../options/Section';
import type { AutoBackupApi } from './autoBackupApi';
import { AutoBackupStatus } from './AutoBackupStatus';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 300);

/**
 * Opt-in weekly backups. Turning them on asks the browser for the downloads permission, in the
 * click itself; refused, the setting stays off and says so. The background writes the files; this
 * section shows what it last did.
 */
export function AutoBackupSection({ lang, api }: { lang: UiLang; api: AutoBackupApi }) {
  const [config, setConfig] = useState<AutoBackupConfig | null>(null);
  const [state, setState] = useState<AutoBackupState | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([api.readConfig(), api.readState()]).then(([c, s]) => {
        if (!live) return;
        setConfig(c);
        setState(s);
      });
    load();
    const stop = api.watch(load);
    return () => {
      live = false;
      stop();
    };
  }, [api]);

  if (!config || !state) return null;

  const write = async (next: AutoBackupConfig) => {
    setConfig(next);
    await api.writeConfig(next);
  };

  const turnOn = (box: HTMLInputElement) => {
    // Nothing before this call: an await would end the click's user activation.
    const asked = api.requestPermission();
    void asked.then(
      async (granted) => {
        if (!granted) {
          box.checked = false;
          setMessage({ kind: 'error', say: (l) => t(l, 'autobackup.refused') });
          return;
        }
        await write({ ...config, enabled: true, requestedAt: api.now() });
        setMessage({ kind: 'busy', say: (l) => t(l, 'autobackup.turnedOn') });
      },
      (error) => {
        box.checked = false;
        setMessage({ kind: 'error', say: (l) => t(l, 'autobackup.permissionError', { error: errorText(error) }) });
      },
    );
  };

  const turnOff = async () => {
    await write({ ...config, enabled: false });
    // Least privilege: the permission goes with the feature (asked again if turned back on).
    await api.dropPermission();
    setMessage({ kind: 'ok', say: (l) => t(l, 'autobackup.turnedOff') });
  };

  return (
    <Section id="auto-backup" title={t(lang, 'autobackup.title')}>
      <p class="hint">{t(lang, 'autobackup.intro', { keep: config.keep })}</p>
      <div class="field check">
        <input
          type="checkbox"
          id="autobackup-enabled"
          checked={config.enabled}
          aria-describedby="autobackup-permission-hint"
          // A click (mouse or Space), not a change event: Firefox grants permission requests only
          // while handling user input, and the click is that input in every browser.
          onClick={(e) => (e.currentTarget.checked ? turnOn(e.currentTarget) : void turnOff())}
        />
        <label for="autobackup-enabled">{t(lang, 'autobackup.enable')}</label>
      </div>
      <p id="autobackup-permission-hint" class="hint">
        {t(lang, 'autobackup.permissionHint')}
      </p>
      <NumberField
        id="autobackup-keep"
        label={t(lang, 'autobackup.keep')}
        hint={t(lang, 'autobackup.keep.hint')}
        value={config.keep}
        bounds={KEEP_BOUNDS}
        lang={lang}
        onSave={(keep) => void write({ ...config, keep })}
      />
      {config.enabled && (
        <div class="action">
          <button type="button" onClick={() => void write({ ...config, requestedAt: api.now() }).then(() => setMessage({ kind: 'busy', say: (l) => t(l, 'autobackup.requested') }))}>
            {t(lang, 'autobackup.now')}
          </button>
        </div>
      )}
      <AutoBackupStatus lang={lang} config={config} state={state} describe={describeProblem} />
      <Feedback message={message} lang={lang} />
    </Section>
  );
}
