import { nameKey } from './nameKey';
import type { AskType, Contact, ContactId, Interaction, RecommendationMade } from '../../model/types';
import type { MessageRecord, ParsedArchive, PersonRef } from './archive';
import { applyContactFacts, emptyFacts, type ContactFacts } from './contactFacts';
import { identifySelf, isSelf, type SelfIdentity } from './identifySelf';
import { messageKey, recipientKey, rowKey } from './interactionKeys';
import { isNameOnlyContactId, nameOnlyContactId } from './nameOnlyContact';
import { archivePeriod, countOpenItems } from './openItems';
import { PeopleIndex } from './peopleIndex';
import { splitRecipientNames } from './recipientNames';
import { emptyOpenItems, type ImportReport } from './report';
import type { ImportSnapshot, LiveSent } from './snapshot';
import { isLinkedInMemberName, normaliseWhitespace, stripTags } from './text';

/** The engine's ask classifier (utils/asks `classifyAsks`), injected so the import does not depend on it. */
export type AskClassifier = (text: string) => { asks: AskType[] };

export interface PlanOptions {
  now: number;
  /** Settings.importReminderWindowDays: only open items newer than this are "recent". */
  reminderWindowDays: number;
  classifyAsks?: AskClassifier;
  /** Cooperative checkpoint (yield, cancel), called inside every long loop. */
  tick?: () => Promise<void>;
  /** How far apart a live capture and the export's copy of one message may be dated. */
  liveMatchWindowMs?: number;
}

/** Everything an import would write, and the report it would give. Nothing is written yet. */
export interface ImportPlan {
  contacts: ContactFacts[];
  interactions: Interaction[];
  recommendationsMade: RecommendationMade[];
  report: ImportReport;
  /** Date of the archive's newest row. */
  asOf: number;
}

const DAY = 86_400_000;
const LIVE_MATCH_MS = 5 * 60_000;

function threadUrl(conversationId: string): string | undefined {
  if (!conversationId) return undefined;
  const id = /^[A-Za-z0-9_=+-]+$/.test(conversationId) ? conversationId : encodeURIComponent(conversationId);
  return `https://www.linkedin.com/messaging/thread/${id}/`;
}

function textKey(text: string | undefined): string {
  return normaliseWhitespace(stripTags(text ?? ''));
}

/**
 * Turns a parsed archive into the records to write, given what the database already holds. Pure
 * (no clock, no I/O): `now` is an argument and `tick` only yields. Idempotent by construction:
 * every imported interaction has a stable key, and keys already stored are skipped, so the same
 * archive adds nothing twice and an older or newer overlapping one adds only what is missing.
 */
export async function planImport(archive: ParsedArchive, snapshot: ImportSnapshot, options: PlanOptions): Promise<ImportPlan> {
  const tick = options.tick ?? (async () => {});
  const liveWindow = options.liveMatchWindowMs ?? LIVE_MATCH_MS;
  const self: SelfIdentity = await identifySelf(archive, tick);
  const people = await PeopleIndex.build(snapshot.contacts, archive, self.ids, tick);
  const existing = new Map<ContactId, Contact>(snapshot.contacts.map((c) => [c.id, c]));
  const facts = new Map<ContactId, ContactFacts>();
  const unmatched = new Set<string>();
  const ambiguous = new Map<string, ContactId[]>();
  let withoutProfile = 0;
  let undated = 0;

  const factsFor = (id: ContactId): ContactFacts => {
    let f = facts.get(id);
    if (!f) facts.set(id, (f = emptyFacts(id)));
    return f;
  };

  /** The contact a person of the archive is, or null for the user and for nobody. */
  const resolve = (person: PersonRef, allowNameOnly = true): ContactId | null => {
    if (isSelf(self, person)) return null;
    if (person.id) {
      const id = people.resolveId(person.id);
      const f = factsFor(id);
      if (person.name && !f.name) f.name = person.name;
      if (person.profileUrl && !f.profileUrl) f.profileUrl = person.profileUrl;
      return id;
    }
    if (!person.name || isLinkedInMemberName(person.name)) return null;
    const match = people.match(person.name);
    if (match.kind === 'one') return match.id;
    if (!allowNameOnly) return null;
    const id = nameOnlyContactId(person.name);
    const f = factsFor(id);
    f.name ??= person.name;
    const key = nameKey(person.name);
    if (match.kind === 'ambiguous') ambiguous.set(key, match.ids);
    else unmatched.add(key);
    return id;
  };

  const liveByContact = new Map<ContactId, LiveSent[]>();
  for (const live of snapshot.liveSent) {
    await tick();
    const id = people.resolveId(live.contactId);
    let list = liveByContact.get(id);
    if (!list) liveByContact.set(id, (list = []));
    list.push(live);
  }
  const isLiveDuplicate = (i: Interaction): boolean => {
    const list = liveByContact.get(i.contactId);
    if (!list) return false;
    const text = textKey(i.text);
    return list.some((l) => l.kind === i.kind && Math.abs(l.at - i.at) <= liveWindow && textKey(l.text) === text);
  };

  const interactions: Interaction[] = [];
  const planned = new Set<string>();
  let alreadyPresent = 0;
  let liveDuplicates = 0;
  const add = (i: Interaction): boolean => {
    if (snapshot.interactionKeys.has(i.key) || planned.has(i.key)) {
      alreadyPresent++;
      return false;
    }
    if ((i.kind === 'message-sent' || i.kind === 'invite-sent') && isLiveDuplicate(i)) {
      liveDuplicates++;
      return false;
    }
    planned.add(i.key);
    interactions.push(i);
    const f = factsFor(i.contactId);
    f.lastInteractionAt = Math.max(f.lastInteractionAt ?? -Infinity, i.at);
    if (i.kind === 'message-received' && i.surface !== 'invitation') f.lastReplyAt = Math.max(f.lastReplyAt ?? -Infinity, i.at);
    return true;
  };

  // Asks matter in what the user sends (the give/ask ledger, asks beyond reach); classifying
  // received messages too would double the import's longest step for no rule. Templates repeat.
  const asksCache = new Map<string, AskType[] | undefined>();
  const classify = (text: string): AskType[] | undefined => {
    if (!options.classifyAsks || !text.trim()) return undefined;
    if (asksCache.has(text)) return asksCache.get(text);
    let asks: AskType[] | undefined;
    try {
      asks = options.classifyAsks(stripTags(text)).asks;
    } catch {
      asks = undefined;
    }
    if (asksCache.size < 10_000) asksCache.set(text, asks);
    return asks;
  };

  const report: ImportReport = {
    files: archive.files,
    ignoredFiles: archive.ignoredFiles,
    self: { ...(self.name ? { name: self.name } : {}), identified: !!self.name || self.ids.size > 0 },
    contacts: { created: 0, updated: 0 },
    connections: archive.connections.length,
    messages: { sent: 0, received: 0 },
    invitations: { sent: 0, received: 0 },
    recommendations: { given: 0, received: 0 },
    endorsements: { given: 0, received: 0 },
    notes: 0,
    alreadyPresent: 0,
    liveDuplicates: 0,
    leftOut: { ...archive.leftOut, withoutProfile: 0, unmatchedNames: 0, ambiguousNames: 0, messagesWithoutSelf: 0 },
    openItems: { windowDays: options.reminderWindowDays, recent: emptyOpenItems(), older: emptyOpenItems() },
  };

  // Connections first: they name most people, so later rows join to them.
  for (const c of archive.connections) {
    await tick();
    const id = resolve(c.person);
    if (!id) continue;
    const f = factsFor(id);
    f.connected = true;
    if (c.company) f.company = c.company;
    if (c.title) f.title = c.title;
    if (c.connectedAt !== undefined) f.connectedAt = Math.min(f.connectedAt ?? Infinity, c.connectedAt);
  }

  const namesIn = (m: MessageRecord): string[] =>
    (m.toNames ? splitRecipientNames(m.toNames, (n) => people.isKnownName(n), self.name) : []).filter((n) => !isSelf(self, { name: n }) && !isLinkedInMemberName(n));

  const recipientsOf = (m: MessageRecord): ContactId[] => {
    const ids: ContactId[] = [];
    if (m.recipients.length) {
      const others = m.recipients.filter((r) => !isSelf(self, r));
      let otherNames: string[] | undefined;
      others.forEach((r, k) => {
        let name = people.nameOf(r.id!);
        if (name === undefined) {
          // TO and RECIPIENT PROFILE URLS list the same people in the same order: pair them when the counts agree.
          otherNames ??= namesIn(m);
          name = otherNames.length === others.length ? otherNames[k] : '';
        }
        const id = resolve({ ...r, name });
        if (id) ids.push(id);
      });
    } else {
      for (const n of namesIn(m)) {
        const id = resolve({ name: n });
        if (id) ids.push(id);
      }
    }
    return ids.length > 1 ? [...new Set(ids)] : ids;
  };

  const conversations = new Map<string, { at: number; fromSelf: boolean }>();
  // Without knowing who the user is, every message would look received: better none than wrong ones.
  const selfKnown = !!self.name || self.ids.size > 0;
  if (!selfKnown) report.leftOut.messagesWithoutSelf = archive.messages.length;
  for (const m of selfKnown ? archive.messages : []) {
    await tick();
    const fromSelf = isSelf(self, m.from);
    const recipients = recipientsOf(m);
    const asks = fromSelf ? classify(m.content) : undefined;
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
        if (add({ ...common, key: recipientKey(base, r), contactId: r, kind: 'message-sent', ...(group.length ? { groupContactIds: group } : {}) })) added = true;
      }
      if (added) report.messages.sent++;
    } else {
      // Senders without a profile never become contacts; a name that is exactly one known person is them.
      const sender = resolve(m.from, false);
      if (!sender) {
        withoutProfile++;
        continue;
      }
      const group = recipients.filter((o) => o !== sender);
      const key = messageKey(m.conversationId, m.at, m.from.name, m.content);
      if (add({ ...common, key, contactId: sender, kind: 'message-received', ...(group.length ? { groupContactIds: group } : {}) })) report.messages.received++;
    }
    const last = conversations.get(m.conversationId);
    if (!last || last.at <= m.at) conversations.set(m.conversationId, { at: m.at, fromSelf });
  }

  const pendingInvitations: number[] = [];
  for (const inv of archive.invitations) {
    await tick();
    const direction = inv.direction !== 'unknown' ? inv.direction : isSelf(self, inv.from) ? 'outgoing' : isSelf(self, inv.to) ? 'incoming' : null;
    if (!direction) continue;
    if (inv.at === undefined) {
      undated++;
      continue;
    }
    const other = direction === 'outgoing' ? inv.to : inv.from;
    const id = resolve(other);
    if (!id) continue;
    const key = rowKey(direction === 'outgoing' ? 'inv-out' : 'inv-in', [other.name || other.id, inv.at, inv.message]);
    const row = { key, contactId: id, at: inv.at, site: 'linkedin' as const, surface: 'invitation' as const, source: 'import' as const, ...(inv.message ? { text: inv.message } : {}) };
    if (direction === 'outgoing') {
      const asks = classify(inv.message);
      if (add({ ...row, kind: 'invite-sent', ...(asks ? { asks } : {}) })) report.invitations.sent++;
    } else {
      pendingInvitations.push(inv.at);
      if (add({ ...row, kind: 'message-received' })) report.invitations.received++;
    }
  }

  const recommendationsMade: RecommendationMade[] = [];
  const recommendationDates: number[] = [];
  for (const r of archive.recommendationsGiven) {
    await tick();
    if (r.at === undefined) {
      undated++;
      continue;
    }
    const id = resolve(r.person);
    if (!id) continue;
    recommendationDates.push(r.at);
    const key = rowKey('rec-given', [r.person.name, r.at, r.text]);
    const give: Interaction = { key, contactId: id, kind: 'give', giveKind: 'recommendation', at: r.at, site: 'linkedin', surface: 'import', source: 'import' };
    if (r.text) give.text = r.text;
    if (!add(give)) continue;
    report.recommendations.given++;
    if (snapshot.recommendationsMade.some((x) => x.candidateId === id && x.at === r.at)) continue;
    // A public recommendation says you worked with them; its outcome is unknown from the export.
    const made: RecommendationMade = { candidateId: id, at: r.at, workedWith: true, outcome: 'no-news', source: 'import' };
    if (r.text) made.text = r.text;
    recommendationsMade.push(made);
  }
  for (const r of archive.recommendationsReceived) {
    await tick();
    if (r.at === undefined) {
      undated++;
      continue;
    }
    const id = resolve(r.person);
    if (!id) continue;
    const key = rowKey('rec-received', [r.person.name, r.at, r.text]);
    const got: Interaction = { key, contactId: id, kind: 'received-give', giveKind: 'recommendation', at: r.at, site: 'linkedin', surface: 'import', source: 'import' };
    if (r.text) got.text = r.text;
    if (add(got)) report.recommendations.received++;
  }
  for (const [list, kind] of [
    [archive.endorsementsGiven, 'give'],
    [archive.endorsementsReceived, 'received-give'],
  ] as const) {
    for (const e of list) {
      await tick();
      if (e.at === undefined) {
        undated++;
        continue;
      }
      const id = resolve(e.person);
      if (!id) continue;
      const key = rowKey(kind === 'give' ? 'endorse-given' : 'endorse-received', [e.person.name || e.person.id, e.skill, e.at]);
      const row: Interaction = { key, contactId: id, kind, giveKind: 'endorsement', at: e.at, site: 'linkedin', surface: 'import', source: 'import' };
      if (e.skill) row.text = e.skill;
      if (add(row)) report.endorsements[kind === 'give' ? 'given' : 'received']++;
    }
  }

  for (const n of archive.notes) {
    await tick();
    const id = resolve(n.person);
    if (!id) continue;
    const f = factsFor(id);
    if (!f.notes.includes(n.note)) f.notes.push(n.note);
  }

  await flagPossibleDuplicates(existing, facts, factsFor, tick);

  const period = archivePeriod(archive);
  const asOf = period?.to ?? options.now;
  const ctx = { now: options.now, asOf };
  for (const f of facts.values()) {
    await tick();
    const before = existing.get(f.id);
    const after = applyContactFacts(before, f, ctx);
    if (!before) report.contacts.created++;
    else if (after) report.contacts.updated++;
    if (after) report.notes += f.notes.filter((n) => !(before?.notes ?? '').includes(n)).length;
  }

  const windowStart = options.now - options.reminderWindowDays * DAY;
  const open = countOpenItems({
    unanswered: [...conversations.values()].filter((c) => !c.fromSelf).map((c) => c.at),
    pendingInvitations,
    recommendationOutcomes: recommendationDates,
    windowStart,
  });
  report.openItems = { windowDays: options.reminderWindowDays, ...open };
  report.alreadyPresent = alreadyPresent;
  report.liveDuplicates = liveDuplicates;
  report.leftOut.withoutProfile = withoutProfile;
  report.leftOut.undated += undated;
  report.leftOut.unmatchedNames = unmatched.size;
  report.leftOut.ambiguousNames = ambiguous.size;
  if (period) report.period = period;
  return { contacts: [...facts.values()], interactions, recommendationsMade, report, asOf };
}

/**
 * Flags people who may be one person under two ids (a name-only row and a URL; a member-id URL
 * and a slug; a name shared by several known people), as the live capture does for a new contact
 * of a known name: both ways, never merged silently. Only groups with someone new are flagged.
 */
async function flagPossibleDuplicates(
  existing: ReadonlyMap<ContactId, Contact>,
  facts: ReadonlyMap<ContactId, ContactFacts>,
  factsFor: (id: ContactId) => ContactFacts,
  tick: () => Promise<void>,
): Promise<void> {
  const byName = new Map<string, Set<ContactId>>();
  const note = (id: ContactId, name: string | undefined) => {
    if (!name) return;
    const key = nameKey(name);
    let ids = byName.get(key);
    if (!ids) byName.set(key, (ids = new Set()));
    ids.add(id);
  };
  let i = 0;
  for (const c of existing.values()) {
    if ((i++ & 1023) === 0) await tick();
    note(c.id, c.name);
  }
  for (const f of facts.values()) {
    if ((i++ & 1023) === 0) await tick();
    if (!existing.has(f.id)) note(f.id, f.name);
  }
  for (const ids of byName.values()) {
    if (ids.size < 2) continue;
    await tick();
    const created = [...ids].filter((id) => !existing.has(id));
    if (!created.length) continue;
    for (const id of ids) {
      const others = existing.has(id) ? created : [...ids].filter((o) => o !== id);
      if (others.length) factsFor(id).possibleDuplicates.push(...others);
    }
  }
}
