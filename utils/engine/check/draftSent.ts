import type { Interaction, ContactId } from '../../model/types';

/** A send is recorded after the last draft report; this much clock slack is allowed between them. */
const SENT_MARGIN = 60_000;

/**
 * LinkedIn empties the composer on send without always firing an input event, so the last draft
 * streamed can be the message just sent. Once a sent message with the same text is stored after
 * it, it is history, not a draft.
 */
export function wasSent(draft: { text: string; at: number }, historyOf: ReadonlyMap<ContactId, readonly Interaction[]>): boolean {
  const text = normalise(draft.text);
  if (!text) return false;
  const since = (Number.isFinite(draft.at) ? draft.at : 0) - SENT_MARGIN;
  for (const list of historyOf.values())
    for (let k = list.length - 1; k >= 0 && list[k].at >= since; k--)
      if ((list[k].kind === 'message-sent' || list[k].kind === 'invite-sent') && normalise(list[k].text) === text) return true;
  return false;
}

function normalise(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
