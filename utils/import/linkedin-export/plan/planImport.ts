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
import { ImportPlanner, type AskClassifier, type Tick } from './planner';
import { planConnections } from './steps/connections';
import { countContactChanges } from './steps/contactChanges';
import { planEndorsements } from './steps/endorsements';
import { planInvitations } from './steps/invitations';
import { planMessages } from './steps/messages';
import { planNotes } from './steps/notes';
import { planRecommendationsGiven, planRecommendationsReceived } from './steps/recommendations';

export type { AskClassifier } from './planner';

export interface PlanOptions {
  now: number;
  /** Settings.importReminderWindowDays: only open items newer than this are "recent". */
  reminderWindowDays: number;
  classifyAsks?: AskClassifier;
  /** Cooperative checkpoint (yield, cancel), called inside every long loop. */
  tick?: Tick;
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
  const self = await identifySelf(archive, tick);
  const people = await PeopleIndex.build(snapshot.contacts, archive, self.ids, tick);
  const live = await LiveSentIndex.build(snapshot.liveSent, people, tick, options.liveMatchWindowMs ?? LIVE_MATCH_MS);
  const report = emptyReport(archive, self, options.reminderWindowDays);
  const existing = new Map<ContactId, Contact>(snapshot.contacts.map((c) => [c.id, c]));
  const planner = new ImportPlanner(self, people, snapshot, new Set(existing.keys()), report, tick, live, options.classifyAsks);

  await planConnections(planner, archive.connections);
  const unanswered = await planMessages(planner, archive.messages);
  const pendingInvitations = await planInvitations(planner, archive.invitations);
  const recommendationOutcomes = await planRecommendationsGiven(planner, archive.recommendationsGiven);
  await planRecommendationsReceived(planner, archive.recommendationsReceived);
  await planEndorsements(planner, archive.endorsementsGiven, 'give');
  await planEndorsements(planner, archive.endorsementsReceived, 'received-give');
  await planNotes(planner, archive.notes);

  await flagPossibleDuplicates(existing, planner.facts, (id) => planner.factsFor(id), tick);
  const period = archivePeriod(archive);
  const asOf = period?.to ?? options.now;
  await countContactChanges(planner, existing, { now: options.now, asOf });

  const windowStart = options.now - options.reminderWindowDays * DAY;
  report.openItems = { windowDays: options.reminderWindowDays, ...countOpenItems({ unanswered, pendingInvitations, recommendationOutcomes, windowStart }) };
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
