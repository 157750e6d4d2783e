import { useId, useMemo, useState } from 'preact/hooks';
import { t, type UiLang } from '../../utils/i18n';
import type { Contact, ContactId } from '../../utils/model/types';
import { displayName } from '../../utils/people/displayName';
import { hasAllWords, queryWords, searchText } from './contacts/contactTable';

const MAX_RESULTS = 8;

interface Props {
  lang: UiLang;
  label: string;
  contacts: readonly Contact[];
  exclude?: readonly ContactId[];
  onPick: (c: Contact) => void;
  disabled?: boolean;
}

/** Find someone by name, headline or company (accents ignored) and pick them with a click or Enter. */
export function ContactPicker({ lang, label, contacts, exclude = [], onPick, disabled }: Props) {
  const [query, setQuery] = useState('');
  const id = useId();
  const words = queryWords(query);
  const results = useMemo(() => {
    if (!words.length) return [];
    const out: Contact[] = [];
    for (const c of contacts) {
      if (exclude.includes(c.id) || !hasAllWords(searchText(c), words)) continue;
      out.push(c);
      if (out.length >= MAX_RESULTS) break;
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [contacts, words.join(' '), exclude.join('\n')]);
  return (
    <div class="picker">
      <label for={id}>{label}</label>
      <input id={id} type="search" maxLength={200} value={query} disabled={disabled} placeholder={t(lang, 'dash.picker.placeholder')} onInput={(e) => setQuery(e.currentTarget.value)} />
      {words.length > 0 && (
        <ul class="picker-results" aria-label={t(lang, 'dash.picker.results', { count: results.length })}>
          {results.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                disabled={disabled}
                onClick={() => {
                  setQuery('');
                  onPick(c);
                }}
              >
                <span class="name">{displayName(c)}</span>
                {c.headline && <span class="muted"> — {c.headline}</span>}
              </button>
            </li>
          ))}
          {!results.length && <li class="muted">{t(lang, 'dash.picker.none')}</li>}
        </ul>
      )}
    </div>
  );
}
