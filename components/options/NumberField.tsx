import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import { parseWholeNumber, type Bounds } from './fieldRules';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number;
  bounds: Bounds;
  lang: UiLang;
  onSave: (value: number) => void;
}

/** While typing "180", "1" and "18" are valid too: wait for a pause (or leaving the field) before saving. */
const TYPING_PAUSE_MS = 500;

/**
 * A number of days (or a count) saved as soon as it is valid; an invalid entry shows why, next to
 * the field, and is not saved.
 */
export function NumberField({ id, label, hint, value, bounds, lang, onSave }: Props) {
  const [text, setText] = useState(String(value));
  const [check, setCheck] = useState(() => parseWholeNumber(String(value), bounds));
  const timer = useRef<ReturnType<typeof setTimeout>>();

  // The stored value changed elsewhere (erase, another device): show it.
  useEffect(() => {
    const current = parseWholeNumber(text, bounds);
    if (!current.ok || current.value !== value) {
      setText(String(value));
      setCheck({ ok: true, value });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (now: boolean, raw: string) => {
    clearTimeout(timer.current);
    const result = parseWholeNumber(raw, bounds);
    setCheck(result);
    if (!result.ok || result.value === value) return;
    if (now) onSave(result.value);
    else timer.current = setTimeout(() => onSave(result.value), TYPING_PAUSE_MS);
  };

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={bounds.min}
        max={bounds.max}
        step={1}
        value={text}
        aria-invalid={!check.ok}
        aria-describedby={[hint ? hintId : '', check.ok ? '' : errorId].filter(Boolean).join(' ') || undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          setText(raw);
          commit(false, raw);
        }}
        onChange={(e) => commit(true, e.currentTarget.value)}
      />
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {!check.ok && (
        <p id={errorId} class="field-error" role="alert">
          {t(lang, check.error, check.vars)}
        </p>
      )}
    </div>
  );
}
