import type { Contact, ContactId, Interaction, RecommendationMade } from '../../../model/types';
import type { ParsedArchive } from '../parse/archive';
import { emptyOpenItems, type ImportReport } from '../report/report';
import type { ImportSnapshot } from '../write/snapshot';
import type { ContactFacts } from './contactFacts';
import { flagPossibleDuplicates } from './flagPossibleDuplicates';
import { identifySelf, type SelfIdentity } from './identifySelf';
import { LIVE_MATCH_MS, LiveSentIndex } from './liveSentIndex';
import { archivePeriod, countOpenItems } from './openItems';
import { PeopleIndex } from './peopleIndex';
import { rowsToPlan, stageTick, type PlanProgressListener } from './planProgress';
import { ImportPlanner, type AskClassifier, type Tick } from './planner';
import { planConnections } from './steps/connections';
import { countContactChanges } from './steps/contactChanges';
import { planEndorsements } from './steps/endorsements';
import { planInvitations } from './steps/invitations';
import { planMessages } from './steps/messages';
import { planNotes } from './steps/notes';
import { planRecommendationsGiven, planRecommendationsReceived } from './steps/recommendations';
import { emptyStart, startSummary } from '../start/startSummary';

export type { AskClassifier } from './planner';

export interface PlanOptions {
  now: number;
  /** Settings.importReminderWindowDays: only open items newer than this are "recent". */
  reminderWindowDays: number;
  classifyAsks?: AskClassifier;
  /** Cooperative checkpoint (yield, cancel), called inside every long loop. */
  tick?: Tick;
  /** How far the plan is (called every few hundred rows). */
  onProgress?: PlanProgressListener;
  /**
   * Count the contacts the plan would create and update, and the notes it would add, against the
   * database as read (a preview). An import leaves it to the writer, which counts against the
   * records as they are when it writes.
   */
  countChanges?: boolean;
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

function emptyReport(archive: ParsedArchive, self: SelfIdentity, windowDays: number): ImportReport {
  return {
    files: archive.files,
    ignoredFiles: archive.ignoredFiles,
    leftOutFiles: archive.leftOutFiles,
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
    leftOut: { ...archive.leftOut, withoutProfile: 0, unmatchedNames: 0, ambiguousNames: 0, messagesWithoutSelf: 0, namelessProfiles: 0 },
    openItems: { windowDays, recent: emptyOpenItems(), older: emptyOpenItems() },
    start: emptyStart(),
  };
}

/**
 * Turns a parsed archive into the records to write, given what the database already holds. Pure
 * (no clock, no I/O): `now` is an argument and `tick` only yields. Idempotent by construction:
 * every imported interaction has a stable key, and keys already stored are skipped, so the same
 * archive adds nothing twice and an older or newer overlapping one adds only what is missing.
 */
export async function planImport(archive: ParsedArchive, snapshot: ImportSnapshot, options: PlanOptions): Promise<ImportPlan> {
  const tick = options.tick ?? (async () => {});
  const listener = options.onProgress;
  const rows = rowsToPlan(archive);
  // identifySelf and the people index check in once per 1,024 rows: their share of the bar is small.
  const self = await identifySelf(archive, stageTick(tick, listener, 0, 0.05, (2 * archive.messages.length) / 1024));
  const people = await PeopleIndex.build(snapshot.contacts, archive, self.ids, stageTick(tick, listener, 0.05, 0.12, (snapshot.contacts.length + rows) / 1024));
  const live = await LiveSentIndex.build(snapshot.liveSent, people, tick, options.liveMatchWindowMs ?? LIVE_MATCH_MS);
  const report = emptyReport(archive, self, options.reminderWindowDays);
  const existing = new Map<ContactId, Contact>(snapshot.contacts.map((c) => [c.id, c]));
  const planner = new ImportPlanner(self, people, snapshot, new Set(existing.keys()), report, stageTick(tick, listener, 0.12, 0.95, rows, true), live, options.classifyAsks);

  await planConnections(planner, archive.connections);
  const unanswered = await planMessages(planner, archive.messages);
  const pendingInvitations = await planInvitations(planner, archive.invitations);
  const recommendationOutcomes = await planRecommendationsGiven(planner, archive.recommendationsGiven);
  await planRecommendationsReceived(planner, archive.recommendationsReceived);
  await planEndorsements(planner, archive.endorsementsGiven, 'give');
  await planEndorsements(planner, archive.endorsementsReceived, 'received-give');
  await planNotes(planner, archive.notes);

  await flagPossibleDuplicates(existing, planner.facts, (id) => planner.factsFor(id), stageTick(tick, listener, 0.95, 1, (existing.size + planner.facts.size) / 1024));
  const period = archivePeriod(archive);
  const asOf = period?.to ?? options.now;
  if (options.countChanges) await countContactChanges(planner, existing, { now: options.now, asOf });

  const windowStart = options.now - options.reminderWindowDays * DAY;
  // A conversation that ended with their message is no longer open once the user wrote to them since, elsewhere.
  const stillWaiting = unanswered.filter((u) => u.at > (planner.lastSentTo.get(u.contactId) ?? -Infinity));
  report.openItems = { windowDays: options.reminderWindowDays, ...countOpenItems({ unanswered: stillWaiting.map((u) => u.at), pendingInvitations, recommendationOutcomes, windowStart }) };
  report.start = startSummary(planner.exchanges, stillWaiting, planner.facts, existing, options.now);
  report.alreadyPresent = planner.alreadyPresent;
  report.liveDuplicates = planner.liveDuplicates;
  report.leftOut.withoutProfile = planner.withoutProfile;
  report.leftOut.undated += planner.undated;
  report.leftOut.unmatchedNames = planner.unmatchedNames.size;
  report.leftOut.ambiguousNames = planner.ambiguousNames.size;
  report.leftOut.namelessProfiles = planner.nameless.size;
  if (period) report.period = period;
  return { contacts: [...planner.facts.values()], interactions: planner.interactions, recommendationsMade: planner.recommendationsMade, report, asOf };
}
