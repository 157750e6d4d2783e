import type { Finding } from '../../utils/model/finding';
import { t, type UiLang } from '../../utils/i18n';

/** One finding: how much it matters, the reason, what to do, and the seed principle behind it on demand. */
export function FindingItem({ lang, finding }: { lang: UiLang; finding: Finding }) {
  return (
    <li class={`finding ${finding.severity}`} data-rule={finding.rule}>
      <span class="severity">{t(lang, `panel.severity.${finding.severity}`)}</span>
      <span class="reason">{finding.reason[lang]}</span>
      {finding.action?.label && <span class="hint">→ {finding.action.label[lang]}</span>}
      <details>
        <summary>{t(lang, 'panel.why')}</summary>
        <p class="principle">{finding.principle[lang]}</p>
      </details>
    </li>
  );
}
