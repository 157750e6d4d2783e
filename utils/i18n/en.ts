/** English UI strings. Keys are shared with fr.ts (the type checker makes both complete). */
export const en = {
  'popup.title': 'Relais',
  'popup.recent': 'Recent contacts',
  'popup.empty': 'Nothing captured yet. Send a message or an invitation on LinkedIn and it appears here.',
  'popup.lastInteraction': 'Last: {kind}, {when}',
  'popup.noInteraction': 'No interaction yet',
  'page.unrecognised': 'Relais cannot read this page ({reason}): it records nothing here.',
  'page.unsupported': 'This tab is not LinkedIn: no checklist here.',
  'kind.message-sent': 'message sent',
  'kind.message-received': 'message received',
  'kind.invite-sent': 'invitation sent',
  'kind.meeting': 'meeting',
  'kind.call': 'call',
  'kind.outcome': 'outcome',
  'kind.update-sent': 'update sent',
  'kind.give': 'something given',
  'kind.received-give': 'something received',
} as const;

export type MessageKey = keyof typeof en;
