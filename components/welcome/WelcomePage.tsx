import { useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { CADENCE_PRESETS, PRESET_IDS, presetOf, type CadencePresetId } from './cadencePresets';
import { LanguageSwitch } from './LanguageSwitch';
import type { Shortcuts } from './shortcuts';

interface Props {
  lang: UiLang;
  settings: Settings;
  shortcuts: Shortcuts;
  /** Where shortcuts are changed, said for the browser the page runs in. */
  browserKind: 'chrome' | 'firefox';
  save: (patch: Partial<Settings>) => Promise<unknown>;
}

function Key({ combo, lang }: { combo?: string; lang: UiLang }) {
  return combo ? <kbd>{combo}</kbd> : <em>{t(lang, 'welcome.open.noShortcut')}</em>;
}

/** The first-run page, from its inputs: what Relais does, what it never does, how to open it, a first choice. */
export function WelcomePage({ lang, settings, shortcuts, browserKind, save }: Props) {
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const current = presetOf(settings.cadenceDays);
  const choose = (id: CadencePresetId) => {
    setStatus('idle');
    void save({ cadenceDays: { ...CADENCE_PRESETS[id] } }).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };
  return (
    <main lang={lang}>
      <header>
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <div>
          <h1>{t(lang, 'welcome.title')}</h1>
          <LanguageSwitch lang={lang} save={save} />
        </div>
      </header>
      <section aria-labelledby="what-title">
        <h2 id="what-title">{t(lang, 'welcome.what.title')}</h2>
        <ol class="three">
          <li>{t(lang, 'welcome.what.1')}</li>
          <li>{t(lang, 'welcome.what.2')}</li>
          <li>{t(lang, 'welcome.what.3')}</li>
        </ol>
      </section>
      <section aria-labelledby="trust-title">
        <h2 id="trust-title">{t(lang, 'welcome.trust.title')}</h2>
        <p>{t(lang, 'welcome.trust.reads')}</p>
        <ul class="never">
          <li>{t(lang, 'welcome.trust.neverChanges')}</li>
          <li>{t(lang, 'welcome.trust.neverSends')}</li>
          <li>{t(lang, 'welcome.trust.staysHere')}</li>
        </ul>
        <p>
          <a href="/privacy.html">{t(lang, 'welcome.trust.privacyLink')}</a>
        </p>
      </section>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t(lang, 'welcome.open.title')}</h2>
        <dl class="open">
          <dt>{t(lang, 'welcome.open.popup')}</dt>
          <dd>
            {t(lang, 'welcome.open.popupHow')} {t(lang, 'welcome.open.shortcut')} <Key combo={shortcuts.popup} lang={lang} />
          </dd>
          <dt>{t(lang, 'welcome.open.sidePanel')}</dt>
          <dd>
            {t(lang, 'welcome.open.sidePanelHow')} {t(lang, 'welcome.open.shortcut')} <Key combo={shortcuts.sidePanel} lang={lang} />
          </dd>
        </dl>
        <p class="hint">{t(lang, browserKind === 'firefox' ? 'welcome.open.changeFirefox' : 'welcome.open.changeChrome')}</p>
      </section>
      <section aria-labelledby="cadence-title">
        <h2 id="cadence-title">{t(lang, 'welcome.cadence.title')}</h2>
        <fieldset>
          <legend>{t(lang, 'welcome.cadence.legend')}</legend>
          {PRESET_IDS.map((id) => (
            <label key={id} class="choice">
              <input type="radio" name="cadence" value={id} checked={current === id} onChange={() => choose(id)} />
              <span>
                <strong>{t(lang, `welcome.cadence.${id}`)}</strong>{' '}
                <span class="hint">
                  {t(lang, 'welcome.cadence.days', { close: CADENCE_PRESETS[id].close, regular: CADENCE_PRESETS[id].regular, weak: CADENCE_PRESETS[id].weak })}
                </span>
              </span>
            </label>
          ))}
          {current === null && <p class="hint">{t(lang, 'welcome.cadence.custom')}</p>}
        </fieldset>
        <p role="status" class={`feedback ${status}`}>
          {status === 'saved' ? t(lang, 'welcome.cadence.saved') : ''}
        </p>
        {status === 'failed' && (
          <p role="alert" class="feedback failed">
            {t(lang, 'welcome.cadence.failed')}
          </p>
        )}
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t(lang, 'welcome.history.title')}</h2>
        <p>{t(lang, 'welcome.history.text')}</p>
        <p>
          <a class="button primary" href="/options.html#linkedin-import">
            {t(lang, 'welcome.history.link')}
          </a>
        </p>
      </section>
      <footer>
        <a href="/options.html">{t(lang, 'welcome.footer.options')}</a>
        <a href="/privacy.html">{t(lang, 'welcome.footer.privacy')}</a>
      </footer>
    </main>
  );
}
