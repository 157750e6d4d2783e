import type { ContactId } from '../../../../model/types';
import type { MessageRecord } from '../../parse/archive';
import { isLinkedInMemberName } from '../../parse/text';
import { isSelf } from '../identifySelf';
import { messageKey, recipientKey } from '../interactionKeys';
import type { ImportPlanner } from '../planner';
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

function recipientsOf(planner: ImportPlanner, m: MessageRecord): ContactId[] {
  const ids: ContactId[] = [];
  if (m.recipients.length) {
    const others = m.recipients.filter((r) => !isSelf(planner.self, r));
    let otherNames: string[] | undefined;
    others.forEach((r, k) => {
      let name = planner.people.nameOf(r.id!);
      if (name === undefined) {
        // TO and RECIPIENT PROFILE URLS list the same people in the same order: pair them when the counts agree.
        otherNames ??= namesIn(planner, m);
        name = otherNames.length === others.length ? otherNames[k] : '';
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

/** The dates of the conversations whose last message is theirs (open items for the report). */
export type UnansweredDates = number[];

/**
 * messages.csv: one interaction per recipient of what the user sent (a group message is one row
 * per person, each knowing the others), one per message received. Without knowing who the user
 * is, every message would look received: better none than wrong ones.
 */
export async function planMessages(planner: ImportPlanner, messages: readonly MessageRecord[]): Promise<UnansweredDates> {
  const { self, report } = planner;
  const conversations = new Map<string, { at: number; fromSelf: boolean }>();
  const selfKnown = !!self.name || self.ids.size > 0;
  if (!selfKnown) {
    report.leftOut.messagesWithoutSelf = messages.length;
    return [];
  }
  for (const m of messages) {
    await planner.tick();
    const fromSelf = isSelf(self, m.from);
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
    if (fromSelf) {
      if (!recipients.length) continue;
      const base = messageKey(m.conversationId, m.at, 'self', m.content);
      let added = false;
      for (const r of recipients) {
        const group = recipients.filter((o) => o !== r);
        if (planner.add({ ...common, key: recipientKey(base, r), contactId: r, kind: 'message-sent', ...(group.length ? { groupContactIds: group } : {}) })) added = true;
      }
      if (added) report.messages.sent++;
    } else {
      // Senders without a profile never become contacts; a name that is exactly one known person is them.
      const sender = planner.resolve(m.from, false);
      if (!sender) {
        planner.withoutProfile++;
        continue;
      }
      const group = recipients.filter((o) => o !== sender);
      const key = messageKey(m.conversationId, m.at, m.from.name, m.content);
      if (planner.add({ ...common, key, contactId: sender, kind: 'message-received', ...(group.length ? { groupContactIds: group } : {}) })) report.messages.received++;
    }
    const last = conversations.get(m.conversationId);
    if (!last || last.at <= m.at) conversations.set(m.conversationId, { at: m.at, fromSelf });
  }
  return [...conversations.values()].filter((c) => !c.fromSelf).map((c) => c.at);
}
