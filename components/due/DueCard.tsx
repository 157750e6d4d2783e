import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DueCard as Card } from '../../utils/engine/dueListQuery';
import { t, type UiLang } from '../../utils/i18n';
import { updateOwedText } from '../../utils/words/updateOwed';
import type { Send } from '../actions/sendAction';
import { CopyButton } from '../CopyButton';
import { cardActions, profileUrlOf, updatesOwed, type DueMessage } from './cardActions';
import { dueWhen } from './dueWhen';

interface Props {
  lang: UiLang;
  card: Card;
  now: number;
  send: Send;
  /** The background saved what the user did about this person. */
  onSettled: (contactId: string) => void;
}

/**
 * One person of the due list: their name (their LinkedIn profile, where you write to them) with
 * when it came due beside it, what is owed them one line each, and buttons that say what they do.
 */
export function DueCard({ lang, card, now, send, onSettled }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const updates = updatesOwed(card, now);
  const actions = cardActions(card, now);
  const profile = profileUrlOf(card.contactId);
  const id = `due-${card.contactId.replace(/[^\w-]/g, '_')}`;

  const run = async (messages: DueMessage[]) => {
    setBusy(true);
    let error = '';
    for (const m of messages) {
      const ack = await send(m.type, m.data as never);
      if (!ack.ok) error ||= ack.error;
    }
    setBusy(false);
    setFailure(error ? t(lang, 'due.failed', { error }) : '');
    if (!error) onSettled(card.contactId);
  };

  return (
    <li class="due-card" data-due-person={card.contactId} data-category={card.lead} aria-labelledby={`${id}-name`}>
      <div class="due-head">
        <h3 id={`${id}-name`} class="due-name">
          {profile ? (
            <a
              href={profile}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(e) => {
                // A popup's link would open inside it: a tab.
                e.preventDefault();
                void browser.tabs.create({ url: profile }).catch(() => undefined);
              }}
            >
              {card.name}
            </a>
          ) : (
            card.name
          )}
        </h3>
        <time class="due-when" dateTime={new Date(card.dueAt).toISOString()}>
          {dueWhen(lang, card.dueAt, now)}
        </time>
      </div>
      <ul class="due-lines">
        {card.items.map((item) => (
          <li key={item.finding.key} data-due-key={item.finding.key} data-category={item.category}>
            {(item.finding.summary ?? item.finding.reason)[lang]}
          </li>
        ))}
      </ul>
      {open && (
        <div class="due-updates" id={`${id}-updates`}>
          {updates.map((u) => {
            const text = updateOwedText(u, lang);
            return (
              <div class="due-update" key={u.key}>
                <p class="due-update-text">{text}</p>
                <CopyButton lang={lang} text={text} what={t(lang, 'due.copyUpdate', { name: u.recommenderName })} />
              </div>
            );
          })}
          <p class="hint">{t(lang, 'due.updateHint', { name: card.name })}</p>
        </div>
      )}
      {/* What to do now, then what can wait: in a narrow popup each pair goes to a line of its own, whole. */}
      <div class="due-actions">
        <span class="due-now">
          {updates.length > 0 && (
            <button type="button" class="primary" aria-expanded={open} aria-controls={`${id}-updates`} onClick={() => setOpen(!open)}>
              {t(lang, 'due.writeUpdate')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void run(actions.done)}>
            {t(lang, 'due.done')}
          </button>
        </span>
        <span class="due-later">
          <button type="button" disabled={busy} onClick={() => void run(actions.snooze)}>
            {t(lang, 'due.inAWeek')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run(actions.dismiss)}>
            {t(lang, 'due.notNeeded')}
          </button>
        </span>
      </div>
      {failure && (
        <p class="action-status failed" role="status">
          {failure}
        </p>
      )}
    </li>
  );
}
