import { useId, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';

/**
 * Where the archive goes in: the whole zone is a button to choose the ZIP (or the CSV files), and
 * takes files dragged onto it. The file input stays the one control underneath, labelled by the zone.
 */
export function DropZone({ lang, disabled, onFiles }: { lang: UiLang; disabled: boolean; onFiles: (files: File[]) => void }) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!disabled) onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <input
        id={`${id}-file`}
        class="visually-hidden"
        type="file"
        accept=".zip,.csv,application/zip,text/csv"
        multiple
        disabled={disabled}
        aria-describedby={`${id}-how`}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          onFiles(files);
        }}
      />
      <label for={`${id}-file`} class="drop-target">
        <span class="drop-title">{t(lang, 'import.label')}</span>
        <span class="button primary" aria-hidden="true">
          {t(lang, 'import.choose')}
        </span>
        <span class="drop-hint" aria-hidden="true">
          {dragging ? t(lang, 'import.dropping') : t(lang, 'import.drop')}
        </span>
      </label>
      <p id={`${id}-how`} class="how-to">
        {t(lang, 'import.howTo')} {t(lang, 'import.local')}
      </p>
    </div>
  );
}
