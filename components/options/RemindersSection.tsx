import { t } from '../../utils/i18n';
import type { Tier } from '../../utils/model/types';
import { CADENCE_PRESETS, PRESET_IDS, presetOf } from '../welcome/cadencePresets';
import { SETTING_BOUNDS } from './fieldRules';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { SectionProps } from './types';

const TIERS: Tier[] = ['close', 'regular', 'weak'];

export function RemindersSection({ settings, lang, save }: SectionProps) {
  const current = presetOf(settings.cadenceDays);
  return (
    <Section id="reminders" title={t(lang, 'options.section.reminders')}>
      <fieldset class="cadence">
        <legend>{t(lang, 'options.cadence.legend')}</legend>
        {/* The welcome page's three rhythms, one click each; the fields below fine-tune them. */}
        <div class="presets" role="group" aria-label={t(lang, 'options.cadence.presets')}>
          {PRESET_IDS.map((id) => (
            <button key={id} type="button" aria-pressed={current === id} onClick={() => save({ cadenceDays: { ...CADENCE_PRESETS[id] } })}>
              {t(lang, `welcome.cadence.${id}`)}
            </button>
          ))}
        </div>
        <p class="hint">{current ? t(lang, 'welcome.cadence.days', CADENCE_PRESETS[current]) : t(lang, 'options.cadence.custom')}</p>
        <div class="row">
          {TIERS.map((tier) => (
            <NumberField
              key={tier}
              id={`cadence-${tier}`}
              label={t(lang, `options.cadence.${tier}`)}
              value={settings.cadenceDays[tier]}
              bounds={SETTING_BOUNDS.cadenceDays}
              lang={lang}
              onSave={(days) => save({ cadenceDays: { ...settings.cadenceDays, [tier]: days } })}
            />
          ))}
        </div>
        <p class="hint">{t(lang, 'options.cadence.note')}</p>
      </fieldset>
      <NumberField
        id="keep-in-touch-exchanges"
        label={t(lang, 'options.keepInTouchExchanges')}
        hint={t(lang, 'options.keepInTouchExchanges.hint')}
        value={settings.keepInTouchMinExchanges}
        bounds={SETTING_BOUNDS.keepInTouchMinExchanges}
        lang={lang}
        onSave={(keepInTouchMinExchanges) => save({ keepInTouchMinExchanges })}
      />
      <NumberField
        id="update-delay"
        label={t(lang, 'options.updateDelay')}
        hint={t(lang, 'options.updateDelay.hint')}
        value={settings.updateDelayDays}
        bounds={SETTING_BOUNDS.updateDelayDays}
        lang={lang}
        onSave={(updateDelayDays) => save({ updateDelayDays })}
      />
      <div class="field check">
        <input id="whole-chain" type="checkbox" checked={settings.remindWholeChain} aria-describedby="whole-chain-hint" onChange={(e) => save({ remindWholeChain: e.currentTarget.checked })} />
        <label for="whole-chain">{t(lang, 'options.wholeChain')}</label>
        <p id="whole-chain-hint" class="hint">
          {t(lang, 'options.wholeChain.hint')}
        </p>
      </div>
      <NumberField
        id="promise-delay"
        label={t(lang, 'options.promiseDelay')}
        hint={t(lang, 'options.promiseDelay.hint')}
        value={settings.promiseDelayDays}
        bounds={SETTING_BOUNDS.promiseDelayDays}
        lang={lang}
        onSave={(promiseDelayDays) => save({ promiseDelayDays })}
      />
      <NumberField
        id="import-window"
        label={t(lang, 'options.importWindow')}
        hint={t(lang, 'options.importWindow.hint')}
        value={settings.importReminderWindowDays}
        bounds={SETTING_BOUNDS.importReminderWindowDays}
        lang={lang}
        onSave={(importReminderWindowDays) => save({ importReminderWindowDays })}
      />
    </Section>
  );
}
