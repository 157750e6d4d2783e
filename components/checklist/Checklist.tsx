import type { ChecklistItem } from '../../utils/engine/check/types';
import { t, type UiLang } from '../../utils/i18n';

const MARK = { yes: '✓', no: '✗', na: '–' } as const;

function markOf(ok: boolean | null): keyof typeof MARK {
  return ok === true ? 'yes' : ok === false ? 'no' : 'na';
}

/** The six items, each a clear ✓ / ✗ / – with its reason (page-derived names stay plain text). */
export function Checklist({ lang, items, label }: { lang: UiLang; items: readonly ChecklistItem[]; label: string }) {
  return (
    <ul class="checklist" aria-label={label}>
      {items.map((item) => {
        const mark = markOf(item.ok);
        return (
          <li key={item.id} class={`check ${mark}`} data-item={item.id} data-ok={mark}>
            <span class="mark" aria-hidden="true">
              {MARK[mark]}
            </span>
            <span class="what">
              <span class="label">{t(lang, `checklist.item.${item.id}`)}</span>
              <span class="sr-only"> — {t(lang, mark === 'yes' ? 'checklist.ok' : mark === 'no' ? 'checklist.notOk' : 'checklist.na')}</span>
            </span>
            <span class="reason">{item.reason[lang]}</span>
            {item.hint && item.ok === false && <span class="hint">→ {item.hint[lang]}</span>}
          </li>
        );
      })}
    </ul>
  );
}
