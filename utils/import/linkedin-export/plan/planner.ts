import type { AskType, ContactId, Interaction, RecommendationMade } from '../../../model/types';
import type { PersonRef } from '../parse/archive';
import { isLinkedInMemberName, stripTags } from '../parse/text';
import type { ImportReport } from '../report/report';
import type { Exchanges } from '../start/startSummary';
import type { ImportSnapshot } from '../write/snapshot';
import { emptyFacts, type ContactFacts } from './contactFacts';
import { isSelf, type SelfIdentity } from './identifySelf';
import { LiveSentIndex } from './liveSentIndex';
import { nameKey } from './nameKey';
import { nameOnlyContactId } from './nameOnlyContact';
import type { PeopleIndex } from './peopleIndex';

/** The engine's ask classifier (utils/asks `classifyAsks`), injected so the import does not depend on it. */
export type AskClassifier = (text: string) => { asks: AskType[] };

export type Tick = () => Promise<void>;

/**
 * What the steps of a plan share: the people met so far and what the archive says of them, the
 * rows to write (each key once), and the counts the report gives. Each archive section is a step
 * (plan/steps/) that reads its records and calls {@link resolve} and {@link add}.
 */
export class ImportPlanner {
  readonly facts = new Map<ContactId, ContactFacts>();
  readonly interactions: Interaction[] = [];
  readonly recommendationsMade: RecommendationMade[] = [];
  /** Distinct names (rows without URL) that matched no known person. */
  readonly unmatchedNames = new Set<string>();
  /** Distinct names that matched several known people. */
  readonly ambiguousNames = new Map<string, ContactId[]>();
  /** Messages exchanged with each person one to one, whether or not already imported: the close circle's candidates. */
  readonly exchanges = new Map<ContactId, Exchanges>();
  /** When the user last wrote to each person, in any conversation: a reply waiting from before is no longer waiting. */
  readonly lastSentTo = new Map<ContactId, number>();
  /** Profiles the archive names nowhere (no name, or only "LinkedIn Member"): never made contacts. */
  readonly nameless = new Set<ContactId>();
  alreadyPresent = 0;
  liveDuplicates = 0;
  /** Messages whose sender has no profile and matched nobody. */
  withoutProfile = 0;
  /** Rows of the plan's steps whose date could not be read. */
  undated = 0;

  private readonly planned = new Set<string>();
  private readonly asksCache = new Map<string, AskType[] | undefined>();

  constructor(
    readonly self: SelfIdentity,
    readonly people: PeopleIndex,
    readonly snapshot: ImportSnapshot,
    /** Ids of the contacts the database holds. */
    readonly existing: ReadonlySet<ContactId>,
    readonly report: ImportReport,
    readonly tick: Tick,
    private readonly live: LiveSentIndex,
    private readonly classifyAsks?: AskClassifier,
  ) {}

  factsFor(id: ContactId): ContactFacts {
    let f = this.facts.get(id);
    if (!f) this.facts.set(id, (f = emptyFacts(id)));
    return f;
  }

  /** The contact a person of the archive is, or null for the user and for nobody. */
  resolve(person: PersonRef, allowNameOnly = true): ContactId | null {
    if (isSelf(this.self, person)) return null;
    // "LinkedIn Member" stands for hidden and deleted accounts: it names nobody.
    const name = person.name && !isLinkedInMemberName(person.name) ? person.name : '';
    if (person.id) {
      const id = this.people.resolveId(person.id);
      // Never a contact without a name: a profile known by no name anywhere is left out.
      if (!name && !this.facts.get(id)?.name && this.people.nameOf(id) === undefined && !this.existing.has(id)) {
        if (!person.name) this.nameless.add(id);
        return null;
      }
      const f = this.factsFor(id);
      if (name && !f.name) f.name = name;
      if (person.profileUrl && !f.profileUrl) f.profileUrl = person.profileUrl;
      return id;
    }
    if (!name) return null;
    const match = this.people.match(name);
    if (match.kind === 'one') return match.id;
    if (!allowNameOnly) return null;
    const id = nameOnlyContactId(name);
    const f = this.factsFor(id);
    f.name ??= name;
    const key = nameKey(name);
    if (match.kind === 'ambiguous') this.ambiguousNames.set(key, match.ids);
    else this.unmatchedNames.add(key);
    return id;
  }

  /**
   * Plans one row unless an earlier import (or this one) already holds its key, or it is a copy of
   * a message captured live. Keeps the contact's clocks. True when the row is new.
   */
  add(i: Interaction): boolean {
    if (this.snapshot.interactionKeys.has(i.key) || this.planned.has(i.key)) {
      this.alreadyPresent++;
      return false;
    }
    if ((i.kind === 'message-sent' || i.kind === 'invite-sent') && this.live.isDuplicate(i)) {
      this.liveDuplicates++;
      return false;
    }
    this.planned.add(i.key);
    this.interactions.push(i);
    const f = this.factsFor(i.contactId);
    f.lastInteractionAt = Math.max(f.lastInteractionAt ?? -Infinity, i.at);
    if (i.kind === 'message-received' && i.surface !== 'invitation') f.lastReplyAt = Math.max(f.lastReplyAt ?? -Infinity, i.at);
    return true;
  }

  /** One message of a one-to-one conversation, either way. */
  countExchange(id: ContactId, way: 'sent' | 'received', at: number): void {
    let e = this.exchanges.get(id);
    if (!e) this.exchanges.set(id, (e = { sent: 0, received: 0, lastAt: at }));
    e[way]++;
    if (at > e.lastAt) e.lastAt = at;
  }

  /**
   * The asks in what the user sends (the give/ask ledger, asks beyond reach); classifying received
   * messages too would double the import's longest step for no rule. Templates repeat: cached.
   */
  classify(text: string): AskType[] | undefined {
    if (!this.classifyAsks || !text.trim()) return undefined;
    if (this.asksCache.has(text)) return this.asksCache.get(text);
    let asks: AskType[] | undefined;
    try {
      asks = this.classifyAsks(stripTags(text)).asks;
    } catch {
      asks = undefined;
    }
    if (this.asksCache.size < 10_000) this.asksCache.set(text, asks);
    return asks;
  }
}
