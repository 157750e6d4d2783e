import { t, type UiLang } from '../../utils/i18n';
import type { ImportProgress } from '../../utils/import/linkedin-export/runImport';

function countText(lang: UiLang, count: NonNullable<ImportProgress['count']>): string {
  const f = new Intl.NumberFormat(lang, { maximumFractionDigits: count.unit === 'bytes' ? 1 : 0 });
  const scale = count.unit === 'bytes' ? 1 / 1024 ** 2 : 1;
  return t(lang, `import.count.${count.unit}`, { done: f.format(count.done * scale), total: f.format(count.total * scale) });
}

/** The bar, what is being done and how far (bytes read, rows matched, records saved), and Cancel. */
export function ImportProgressBar({ lang, progress, cancelling, onCancel }: { lang: UiLang; progress: ImportProgress; cancelling: boolean; onCancel: () => void }) {
  return (
    <div class="import-progress">
      <progress value={progress.fraction} max={1} aria-label={t(lang, 'import.progress')} />
      <p class="import-phase">
        <span role="status">{cancelling ? t(lang, 'import.cancelling') : t(lang, `import.phase.${progress.phase}`)}</span>
        {!cancelling && progress.count && <span class="import-count"> — {countText(lang, progress.count)}</span>}
      </p>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        {t(lang, 'import.cancel')}
      </button>
    </div>
  );
}
