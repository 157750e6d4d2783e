import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DUE_CATEGORIES, type DueItem } from '../../utils/engine/dueItems';
import { relativeTime, t, type UiLang } from '../../utils/i18n';
import { sendAction, type Send } from '../actions/sendAction';
import { dueActions, profileUrlOf, type DueAction } from './dueActions';

interface Props {
  lang: UiLang;
  /** Items in the due list's order (a page of it), grouped here by category. */
  items: readonly DueItem[];
  now: number;
  send?: Send;
  /** Told when the background has saved what the user did about an item (done, snoozed, dismissed). */
  onSettled?: (key: string) => void;
}

/** Due items by category, each with what can be done about it: write, settle, snooze, dismiss. */
export function DueItems({ lang, items, now, send = sendAction, onSettled }: Props) {
  const [failure, setFailure] = useState('');
  const act = async (key: string, a: DueAction) => {
    if (a.kind === 'write-to') {
      const url = profileUrlOf(a.contactId);
      if (url) await browser.tabs.create({ url }).catch(() => undefined);
      return;
    }
    const ack = await send(a.message.type, a.message.data as never);
    setFailure(ack.ok ? '' : t(lang, 'due.failed', { error: ack.error }));
    if (ack.ok) onSettled?.(key);
  };

  return (
    <>
      {DUE_CATEGORIES.map((category) => {
        const group = items.filter((i) => i.category === category);
        if (!group.length) return null;
        return (
          <section key={category} class="due-group" aria-label={t(lang, `due.category.${category}`)}>
            <h3>{t(lang, `due.category.${category}`)}</h3>
            <ul>
              {group.map((item) => (
                <li key={item.finding.key} data-due-key={item.finding.key} data-category={category}>
                  <span class="reason">{item.finding.reason[lang]}</span>
                  {item.finding.dueAt !== undefined && <span class="when">{relativeTime(lang, item.finding.dueAt, now)}</span>}
                  <span class="buttons">
                    {dueActions(item, now).map((a) => (
                      <button key={a.kind} type="button" class={a.kind === 'write-to' ? 'primary' : undefined} onClick={() => void act(item.finding.key, a)}>
                        {a.kind === 'write-to'
                          ? a.label[lang]
                          : a.kind === 'done'
                            ? t(lang, category === 'update' ? 'due.informed' : 'due.done')
                            : t(lang, a.kind === 'snooze' ? 'due.snooze' : 'due.dismiss')}
                      </button>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class="action-status failed" role="status" aria-live="polite">
        {failure}
      </p>
    </>
  );
}
