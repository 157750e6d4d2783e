import { t } from '../../utils/i18n';
import { SETTING_BOUNDS } from './fieldRules';
import { NumberField } from './NumberField';
import { Section } from './Section';
import type { SectionProps } from './types';

export function OutreachSection({ settings, lang, save }: SectionProps) {
  return (
    <Section id="outreach" title={t(lang, 'options.section.outreach')}>
      <NumberField
        id="daily-limit"
        label={t(lang, 'options.dailyLimit')}
        hint={t(lang, 'options.dailyLimit.hint')}
        value={settings.dailyOutreachLimit}
        bounds={SETTING_BOUNDS.dailyOutreachLimit}
        lang={lang}
        onSave={(dailyOutreachLimit) => save({ dailyOutreachLimit })}
      />
    </Section>
  );
}
