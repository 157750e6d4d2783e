import type { InvitationRecord } from '../../parse/archive';
import { isSelf } from '../identifySelf';
import { rowKey } from '../interactionKeys';
import type { ImportPlanner } from '../planner';

/**
 * Invitations.csv: sent ones carry the note's asks; received ones are a message from that person
 * (their note), and their dates are the invitations waiting for an answer.
 */
export async function planInvitations(planner: ImportPlanner, invitations: readonly InvitationRecord[]): Promise<number[]> {
  const pending: number[] = [];
  const { self, report } = planner;
  for (const inv of invitations) {
    await planner.tick();
    const direction = inv.direction !== 'unknown' ? inv.direction : isSelf(self, inv.from) ? 'outgoing' : isSelf(self, inv.to) ? 'incoming' : null;
    if (!direction) continue;
    if (inv.at === undefined) {
      planner.undated++;
      continue;
    }
    const other = direction === 'outgoing' ? inv.to : inv.from;
    const id = planner.resolve(other);
    if (!id) continue;
    const key = rowKey(direction === 'outgoing' ? 'inv-out' : 'inv-in', [other.name || other.id, inv.at, inv.message]);
    const row = { key, contactId: id, at: inv.at, site: 'linkedin' as const, surface: 'invitation' as const, source: 'import' as const, ...(inv.message ? { text: inv.message } : {}) };
    if (direction === 'outgoing') {
      const asks = planner.classify(inv.message);
      if (planner.add({ ...row, kind: 'invite-sent', ...(asks ? { asks } : {}) })) report.invitations.sent++;
    } else {
      pending.push(inv.at);
      if (planner.add({ ...row, kind: 'message-received' })) report.invitations.received++;
    }
  }
  return pending;
}
