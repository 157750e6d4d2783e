import type { ContactId } from '../../../../model/types';
import type { MessageRecord } from '../../parse/archive';
import { isLinkedInMemberName } from '../../parse/text';
import { isSelf } from '../identifySelf';
import { messageKey, recipientKey } from '../interactionKeys';
import { nameKey } from '../nameKey';
import type { ImportPlanner } from '../planner';
import type { LastTheirs } from '../../start/startSummary';
import { pairRecipientNames } from '../pairRecipientNames';
import { splitRecipientNames } from '../recipientNames';

function threadUrl(conversationId: string): string | undefined {
  if (!conversationId) return undefined;
  const id = /^[A-Za-z0-9_=+-]+$/.test(conversationId) ? conversationId : encodeURIComponent(conversationId);
  return `https://www.linkedin.com/messaging/thread/${id}/`;
}

function namesIn(planner: ImportPlanner, m: MessageRecord): string[] {
  const { self, people } = planner;
  return (m.toNames ? splitRecipientNames(m.toNames, (n) => people.isKnownName(n), self.name) : []).filter((n) => !isSelf(self, { name: n }) && !isLinkedInMemberName(n));
}

/**
 * The contacts a message was sent to, the user left out. With profile URLs (2023+), each URL is a
 * person and TO gives their names in the same order; before, TO's names alone.
 */
function recipientsOf(planner: ImportPlanner, m: MessageRecord): ContactId[] {
  const { self, people } = planner;
  const ids: ContactId[] = [];
  if (m.recipients.length) {
    let paired: (string | undefined)[] | undefined;
    m.recipients.forEach((r, k) => {
      if (isSelf(self, r)) return;
      let name = people.nameOf(r.id!);
      if (name === undefined) {
        paired ??= pairRecipientNames(m.toNames, m.recipients.map((x) => x.id!), { nameOf: (id) => people.nameOf(id), isKnownName: (n) => people.isKnownName(n), selfName: self.name });
        name = paired[k] ?? '';
      }
      const id = planner.resolve({ ...r, name });
      if (id) ids.push(id);
    });
  } else {
    for (const n of namesIn(planner, m)) {
      const id = planner.resolve({ name: n });
      if (id) ids.push(id);
    }
  }
  return ids.length > 1 ? [...new Set(ids)] : ids;
}


/**
 * messages.csv, and the conversations whose last message is theirs (open items for the report,
 * the start's list of replies waiting): one interaction per recipient of what the user sent (a group message is one row
 * per person, each knowing the others), one per message received. Without knowing who the user
 * is, every message would look received: better none than wrong ones.
 */
export async function planMessages(planner: ImportPlanner, messages: readonly MessageRecord[]): Promise<LastTheirs[]> {
  const { self, report } = planner;
  const conversations = new Map<string, { at: number; fromSelf: boolean; last?: LastTheirs }>();
  // Before 2020 each row said which side it was; since, only knowing the user tells.
  const directed = messages.length > 0 && messages.every((m) => m.direction);
  const selfKnown = !!self.name || self.ids.size > 0 || directed;
  if (!selfKnown) {
    report.leftOut.messagesWithoutSelf = messages.length;
    return [];
  }
  for (const m of messages) {
    await planner.tick();
    const fromSelf = m.direction ? m.direction === 'outgoing' : isSelf(self, m.from);
    const recipients = recipientsOf(planner, m);
    const asks = fromSelf ? planner.classify(m.content) : undefined;
    const thread = threadUrl(m.conversationId);
    const common = {
      at: m.at,
      site: 'linkedin' as const,
      surface: 'import' as const,
      source: 'import' as const,
      ...(m.content ? { text: m.content } : {}),
      ...(asks ? { asks } : {}),
      ...(thread ? { threadUrl: thread } : {}),
    };
    let sender: ContactId | null = null;
    if (fromSelf) {
      if (!recipients.length) continue;
      if (recipients.length === 1) planner.countExchange(recipients[0], 'sent', m.at);
      const base = messageKey(m.conversationId, m.at, 'self', m.content);
      let added = false;
      for (const r of recipients) {
        planner.lastSentTo.set(r, Math.max(planner.lastSentTo.get(r) ?? -Infinity, m.at));
        const group = recipients.filter((o) => o !== r);
        if (planner.add({ ...common, key: recipientKey(base, r), contactId: r, kind: 'message-sent', ...(group.length ? { groupContactIds: group } : {}) })) added = true;
      }
      if (added) report.messages.sent++;
    } else {
      // Senders without a profile never become contacts (campaigns, InMail); a name that is exactly
      // one known person is them. Before 2020 no row had a URL: a name is all there is, as for connections.
      sender = planner.resolve(m.from, !!m.direction);
      if (!sender) {
        if (isLinkedInMemberName(m.from.name)) report.leftOut.linkedInMember++;
        else planner.withoutProfile++;
        continue;
      }
      const group = recipients.filter((o) => o !== sender);
      if (!group.length) planner.countExchange(sender, 'received', m.at);
      const key = messageKey(m.conversationId, m.at, m.from.name, m.content);
      if (planner.add({ ...common, key, contactId: sender, kind: 'message-received', ...(group.length ? { groupContactIds: group } : {}) })) report.messages.received++;
    }
    const conversation = m.conversationId || `with:${nameKey(fromSelf ? m.toNames : m.from.name)}`;
    const last = conversations.get(conversation);
    if (!last || last.at <= m.at) conversations.set(conversation, { at: m.at, fromSelf, ...(sender ? { last: { contactId: sender, at: m.at, text: m.content, ...(thread ? { threadUrl: thread } : {}) } } : {}) });
  }
  return [...conversations.values()].flatMap((c) => (!c.fromSelf && c.last ? [c.last] : []));
}
