import { en } from '../../utils/i18n/en';
import { fr } from '../../utils/i18n/fr';
import { t, type MessageKey, type UiLang } from '../../utils/i18n';
import type { Settings } from '../../utils/model/settings';
import { LanguageSwitch } from './LanguageSwitch';
import { DERIVED_TABLES, fieldLabelKey, LOCAL_STORAGE_ITEMS, storedSettings, storedTables, TRUSTED_STORE_ITEMS } from './privacyInventory';

const known = (key: string) => key in en && key in fr;

/** What Relais stores, where, and how to take it away or erase it: from the code's own lists, and the options' own button names. */
export function PrivacyPage({ lang, save }: { lang: UiLang; save: (patch: Partial<Settings>) => Promise<unknown> }) {
  return (
    <main lang={lang}>
      <header>
        <img src="/icon/128.png" alt="" width={64} height={64} />
        <div>
          <h1>{t(lang, 'privacy.title')}</h1>
          <LanguageSwitch lang={lang} save={save} />
        </div>
      </header>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t(lang, 'privacy.summary.title')}</h2>
        <ul class="never">
          <li>{t(lang, 'privacy.summary.local')}</li>
          <li>{t(lang, 'privacy.summary.noNetwork')}</li>
          <li>{t(lang, 'privacy.summary.noChange')}</li>
          <li>{t(lang, 'privacy.summary.reads')}</li>
        </ul>
      </section>
      <section aria-labelledby="db-title">
        <h2 id="db-title">{t(lang, 'privacy.db.title')}</h2>
        <p>{t(lang, 'privacy.db.where')}</p>
        {storedTables().map(({ table, fields }) => (
          <div class="table" key={table}>
            <h3 id={`table-${table}`}>{t(lang, `privacy.table.${table}` as MessageKey)}</h3>
            <ul aria-labelledby={`table-${table}`}>
              {fields.map((field) => {
                const key = fieldLabelKey(table, field, known);
                return (
                  <li key={field}>
                    {key ? t(lang, key) : field} <code>{field}</code>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        <div class="table">
          <h3 id="table-derived">{t(lang, 'privacy.derived.title')}</h3>
          <ul aria-labelledby="table-derived">
            {DERIVED_TABLES.map(({ table, label }) => (
              <li key={table}>
                {t(lang, label)} <code>{table}</code>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t(lang, 'privacy.settings.title')}</h2>
        <p>{t(lang, 'privacy.settings.where')}</p>
        <ul>
          {storedSettings().map((name) => (
            <li key={name}>
              {known(`privacy.setting.${name}`) ? t(lang, `privacy.setting.${name}` as MessageKey) : name} <code>{name}</code>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="local-title">
        <h2 id="local-title">{t(lang, 'privacy.local.title')}</h2>
        <p>{t(lang, 'privacy.local.where')}</p>
        <ul>
          {LOCAL_STORAGE_ITEMS.map(({ label }) => (
            <li key={label}>{t(lang, label)}</li>
          ))}
        </ul>
        <p>{t(lang, 'privacy.trusted.where')}</p>
        <ul>
          {TRUSTED_STORE_ITEMS.map(({ label }) => (
            <li key={label}>{t(lang, label)}</li>
          ))}
        </ul>
        <p>{t(lang, 'privacy.session')}</p>
      </section>
      <section aria-labelledby="control-title">
        <h2 id="control-title">{t(lang, 'privacy.control.title')}</h2>
        <ul>
          <li>{t(lang, 'privacy.control.export', { backup: t(lang, 'backup.export'), csv: t(lang, 'backup.csv'), restore: t(lang, 'backup.import') })}</li>
          <li>{t(lang, 'privacy.control.autoBackup')}</li>
          <li>{t(lang, 'privacy.control.erase', { erase: t(lang, 'backup.erase').replace(/…$/, '') })}</li>
          <li>{t(lang, 'privacy.control.uninstall')}</li>
        </ul>
        <p>
          <a class="button" href="/options.html#data">
            {t(lang, 'privacy.control.link')}
          </a>
        </p>
      </section>
    </main>
  );
}
