import type { Ack } from '../../utils/messaging/payloads';
import { pageMessaging, type PageToBackground } from '../../utils/messaging/pageProtocol';

export type ActionType = Exclude<keyof PageToBackground, 'refreshReminders'>;
export type ActionData<K extends ActionType> = Parameters<PageToBackground[K]>[0];
export type Send = <K extends ActionType>(type: K, data: ActionData<K>) => Promise<Ack>;

/**
 * A user edit, sent to the background (the only writer of the database). A refusal, a dead worker
 * or a missing answer all come back as a failed Ack, never as an exception in the page.
 */
export const sendAction: Send = async (type, data) => {
  try {
    const ack = (await pageMessaging.sendMessage(type, data as never)) as Ack | undefined;
    return ack && typeof ack === 'object' && 'ok' in ack ? ack : { ok: false, error: 'no answer from Relais' };
  } catch (e) {
    return { ok: false, error: String((e as Error)?.message ?? e).slice(0, 300) };
  }
};
