import type { DueCard as Card } from '../../utils/engine/dueListQuery';
import type { UiLang } from '../../utils/i18n';
import { sendAction, type Send } from '../actions/sendAction';
import { DueCard } from './DueCard';
import './due.css';

interface Props {
  lang: UiLang;
  cards: readonly Card[];
  now: number;
  send?: Send;
  /** The background saved what the user did about a person (done, snoozed, not needed). */
  onSettled?: (contactId: string) => void;
}

/** The due list's people, one card each, the most valuable first. */
export function DueCards({ lang, cards, now, send = sendAction, onSettled = () => undefined }: Props) {
  return (
    <ol class="due-cards">
      {cards.map((card) => (
        <DueCard key={card.contactId} lang={lang} card={card} now={now} send={send} onSettled={onSettled} />
      ))}
    </ol>
  );
}
