import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { hourLabel, weekdays } from './calendarNames';
import { toggleQuietDay } from './fieldRules';
import { Section } from './Section';
import type { SectionProps } from './types';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function NotificationsSection({ settings, lang, save }: SectionProps) {
  const [quietError, setQuietError] = useState(false);
  return (
    <Section id="notifications" title={t(lang, 'options.section.notifications')}>
      <div class="field check">
        <input id="notifications-enabled" type="checkbox" checked={settings.notifications} onChange={(e) => save({ notifications: e.currentTarget.checked })} />
        <label for="notifications-enabled">{t(lang, 'options.notifications')}</label>
      </div>
      <div class="field">
        <label for="digest-hour">{t(lang, 'options.digestHour')}</label>
        <select id="digest-hour" value={String(settings.digestHour)} onChange={(e) => save({ digestHour: Number(e.currentTarget.value) })}>
          {HOURS.map((h) => (
            <option key={h} value={String(h)}>
              {hourLabel(lang, h)}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="quiet-days" aria-describedby={quietError ? 'quiet-days-error' : undefined}>
        <legend>{t(lang, 'options.quietDays')}</legend>
        <div class="days">
          {weekdays(lang).map(({ day, name }) => (
            <div class="check" key={day}>
              <input
                id={`quiet-${day}`}
                type="checkbox"
                checked={settings.quietDays.includes(day)}
                onChange={(e) => {
                  const next = toggleQuietDay(settings.quietDays, day, e.currentTarget.checked);
                  setQuietError(next === null);
                  // Not saved: the box goes back to how it was, and the message says why.
                  if (next === null) e.currentTarget.checked = false;
                  else save({ quietDays: next });
                }}
              />
              <label for={`quiet-${day}`}>{name}</label>
            </div>
          ))}
        </div>
        {quietError && (
          <p id="quiet-days-error" class="field-error" role="alert">
            {t(lang, 'options.error.allQuiet')}
          </p>
        )}
      </fieldset>
    </Section>
  );
}
