import { pageMessaging } from '../messaging/pageProtocol';

/**
 * After a bulk change made in an extension page (backup restored, LinkedIn export imported,
 * everything erased), the background recomputes the due list, the badge and the digest at once.
 * Never fails the caller: the next alarm would catch up anyway.
 */
export async function notifyDataChanged(): Promise<void> {
  await pageMessaging.sendMessage('refreshReminders', undefined).catch(() => undefined);
}
