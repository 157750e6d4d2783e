import type { ContactId, Interaction } from '../../../model/types';
import { normaliseWhitespace, stripTags } from '../parse/text';
import type { LiveSent } from '../write/snapshot';
import type { PeopleIndex } from './peopleIndex';
import type { Tick } from './planner';

/** How far apart a live capture and the export's copy of one message may be dated. */
export const LIVE_MATCH_MS = 5 * 60_000;

function textKey(text: string | undefined): string {
  return normaliseWhitespace(stripTags(text ?? ''));
}

/**
 * Messages and invitations Relais captured live, by contact, to recognise the export's copy of
 * one of them: same person, same kind, same text once markup and whitespace are set aside, minutes apart.
 */
export class LiveSentIndex {
  private readonly byContact = new Map<ContactId, LiveSent[]>();

  private constructor(private readonly windowMs: number) {}

  static async build(liveSent: readonly LiveSent[], people: PeopleIndex, tick: Tick, windowMs = LIVE_MATCH_MS): Promise<LiveSentIndex> {
    const index = new LiveSentIndex(windowMs);
    for (const live of liveSent) {
      await tick();
      const id = people.resolveId(live.contactId);
      let list = index.byContact.get(id);
      if (!list) index.byContact.set(id, (list = []));
      list.push(live);
    }
    return index;
  }

  isDuplicate(i: Interaction): boolean {
    const list = this.byContact.get(i.contactId);
    if (!list) return false;
    const text = textKey(i.text);
    return list.some((l) => l.kind === i.kind && Math.abs(l.at - i.at) <= this.windowMs && textKey(l.text) === text);
  }
}
