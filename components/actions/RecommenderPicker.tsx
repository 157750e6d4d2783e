import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { RelaisDB } from '../../utils/db/database';
import { t, type UiLang } from '../../utils/i18n';
import type { Contact } from '../../utils/model/types';
import { displayName } from '../../utils/people/displayName';
import { ActionStatus } from './ActionStatus';
import { contactsByIds, loadNameList, matchNames, type NameList } from './searchContacts';
import { useAction } from './useAction';
import type { Send } from './sendAction';

interface Props {
  lang: UiLang;
  db: RelaisDB;
  contact: Contact;
  /** The recommenders recorded now. */
  current: readonly { id: string; name: string }[];
  send?: Send;
}

/** Set or change who introduced you to this contact, chosen among your contacts with a search field. */
export function RecommenderPicker({ lang, db, contact, current, send }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Contact[]>([]);
  const list = useRef<Promise<NameList> | null>(null);
  const { state, run } = useAction(send);

  useEffect(() => {
    let live = true;
    if (!query.trim()) {
      setResults([]);
      return;
    }
    list.current ??= loadNameList(db);
    void list.current
      .then((names) => contactsByIds(db, matchNames(names, query, [contact.id])))
      .then((found) => live && setResults(found));
    return () => {
      live = false;
    };
  }, [db, query, contact.id]);

  const choose = async (recommender: Contact | null) => {
    if (await run('setRecommender', { contactId: contact.id, recommenderId: recommender?.id ?? null })) setQuery('');
  };

  return (
    <fieldset class="action">
      <legend>{t(lang, 'action.recommender.legend', { name: displayName(contact) })}</legend>
      <p class="muted">
        {current.length ? t(lang, 'action.recommender.current', { names: current.map((r) => r.name).join(', ') }) : t(lang, 'action.recommender.none')}
      </p>
      <div class="row">
        <label for={`${id}-q`}>{t(lang, 'action.recommender.search')}</label>
        <input id={`${id}-q`} type="search" autocomplete="off" maxLength={200} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        {current.length > 0 && (
          <button type="button" disabled={state.kind === 'busy'} onClick={() => void choose(null)}>
            {t(lang, 'action.recommender.clear')}
          </button>
        )}
      </div>
      {query.trim() && (
        <ul class="buttons results" aria-live="polite">
          {results.map((r) => (
            <li key={r.id}>
              <button type="button" disabled={state.kind === 'busy'} onClick={() => void choose(r)}>
                {t(lang, 'action.recommender.choose', { name: displayName(r) })}
                {r.headline && <span class="muted"> — {r.headline.slice(0, 80)}</span>}
              </button>
            </li>
          ))}
          {!results.length && <li class="muted">{t(lang, 'action.recommender.noMatch', { query: query.slice(0, 60) })}</li>}
        </ul>
      )}
      <ActionStatus lang={lang} state={state} />
    </fieldset>
  );
}
