import type { Interaction } from '../model/types';
import type { RuleContext } from './context';

const EXCHANGE = new Set<Interaction['kind']>(['message-sent', 'message-received', 'invite-sent', 'meeting', 'call', 'update-sent']);

/** The draft would be the first exchange with this contact (as the caller says, or as the history shows). */
export function isFirstContact(ctx: RuleContext): boolean {
  const d = ctx.draft;
  if (!d) return false;
  if (typeof d.isFirstMessage === 'boolean') return d.isFirstMessage;
  if (d.isInvitation === true) return true;
  return !ctx.interactions.some((i) => EXCHANGE.has(i.kind));
}
