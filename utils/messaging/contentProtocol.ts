import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Ack, CaptureAck, CapturePayload, DraftPayload, PageSeenPayload, PageStatusPayload } from './payloads';

/** Messages from the LinkedIn content script to the background (named by direction). */
export interface ContentToBackground {
  capture(data: CapturePayload): CaptureAck;
  pageSeen(data: PageSeenPayload): Ack;
  pageStatus(data: PageStatusPayload): Ack;
  draftChanged(data: DraftPayload): Ack;
}

const noop = () => {};
/** Nothing is logged to the console of LinkedIn's page: users do not need it, the page can see it. */
export const quietLogger = { debug: noop, log: noop, warn: noop, error: noop };

export const contentMessaging = defineExtensionMessaging<ContentToBackground>({ logger: quietLogger });
