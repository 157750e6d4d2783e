// Plain data the LinkedIn adapter hands to the content script (the shapes shared by every site live
// in ../views.ts).
export type { ConversationView, InvitationView, NotRecognised, PageKind, PersonRef, ProfileView, ThreadMessage } from '../views';

/** Lets the content script reach closed shadow roots (chrome.dom.openOrClosedShadowRoot). */
export type GetShadowRoot = (el: Element) => ShadowRoot | null | undefined;

export interface ParseOptions {
  /** Reference time for "Today", "Hier", "lundi"… (epoch ms). Without it, relative days give no `at`. */
  now?: number;
  getShadowRoot?: GetShadowRoot;
}
