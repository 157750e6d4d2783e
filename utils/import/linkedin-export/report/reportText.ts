import { t, type UiLang } from '../../../i18n';
import { plural, type PluralKey } from '../../../i18n/plural';
import type { LeftOutCounts } from '../parse/archive';
import type { ImportLeftOut, ImportReport, OpenItemCounts } from './report';

export type ReportLang = UiLang;

export interface ReportSection {
  id: 'summary' | 'already' | 'left-out' | 'open' | 'warnings';
  title: string;
  lines: string[];
}

/** "21 Nov 2018", "1er déc. 2026" (French writes the first of the month as an ordinal). */
export function reportDay(lang: ReportLang, at: number): string {
  const parts = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' }).formatToParts(at);
  return parts.map((p) => (lang === 'fr' && p.type === 'day' && p.value === '1' ? '1er' : p.value)).join('');
}

/**
 * What the history leaves open (conversations ending with their message, invitations waiting,
 * recommendations without an outcome), with how many are recent: listed, never reminded.
 */
function openItemLines(lang: ReportLang, recent: OpenItemCounts, older: OpenItemCounts, days: number): string[] {
  return (['unanswered', 'pendingInvitations', 'recommendationOutcomes'] as const)
    .filter((k) => recent[k] + older[k])
    .map((k) => {
      const line = plural(lang, `import.report.${k}`, recent[k] + older[k]);
      return recent[k] && older[k] ? plural(lang, 'import.report.recent', recent[k], { line, days }) : line;
    });
}

/** Left-out reasons, in the order the report gives them. */
const LEFT_OUT: (keyof ImportLeftOut & keyof typeof LEFT_OUT_KEYS)[] = [
  'drafts',
  'spam',
  'sponsored',
  'linkedInMember',
  'withoutProfile',
  'messagesWithoutSelf',
  'hiddenProfiles',
  'undated',
  'unattributedRecommendations',
  'namelessProfiles',
  'unmatchedNames',
  'ambiguousNames',
];
const LEFT_OUT_KEYS = {
  drafts: 'import.report.leftOut.drafts',
  spam: 'import.report.leftOut.spam',
  sponsored: 'import.report.leftOut.sponsored',
  linkedInMember: 'import.report.leftOut.linkedInMember',
  withoutProfile: 'import.report.leftOut.withoutProfile',
  messagesWithoutSelf: 'import.report.leftOut.messagesWithoutSelf',
  hiddenProfiles: 'import.report.leftOut.hiddenProfiles',
  undated: 'import.report.leftOut.undated',
  unattributedRecommendations: 'import.report.leftOut.unattributedRecommendations',
  namelessProfiles: 'import.report.leftOut.namelessProfiles',
  unmatchedNames: 'import.report.leftOut.unmatchedNames',
  ambiguousNames: 'import.report.leftOut.ambiguousNames',
} satisfies Partial<Record<keyof ImportLeftOut | keyof LeftOutCounts, PluralKey>>;

/** "Contacts: 13 added (8 of them your LinkedIn connections), 2 already in Relais updated." */
function contactsLine(lang: ReportLang, report: ImportReport): string {
  const { created, updated } = report.contacts;
  let added = plural(lang, 'import.report.added', created);
  const connections = report.contacts.connections ?? 0;
  if (connections && connections === created) added = t(lang, 'import.report.allConnections', { added });
  else if (connections) added = t(lang, 'import.report.ofWhichConnections', { added, n: new Intl.NumberFormat(lang).format(connections) });
  return updated ? t(lang, 'import.report.contacts', { added, updated: plural(lang, 'import.report.updated', updated) }) : t(lang, 'import.report.contactsAdded', { added });
}

function summaryLines(lang: ReportLang, report: ImportReport): string[] {
  const lines: string[] = [];
  if (report.period) lines.push(t(lang, 'import.report.period', { from: reportDay(lang, report.period.from), to: reportDay(lang, report.period.to) }));
  lines.push(contactsLine(lang, report));
  // A kind the archive had none of is left unsaid.
  const { messages, invitations, recommendations, endorsements } = report;
  if (messages.sent + messages.received)
    lines.push(t(lang, 'import.report.messages', { sent: plural(lang, 'import.report.sent', messages.sent), received: plural(lang, 'import.report.received', messages.received) }));
  if (invitations.sent + invitations.received)
    lines.push(
      t(lang, 'import.report.invitations', {
        sent: plural(lang, 'import.report.invitationsSent', invitations.sent),
        received: plural(lang, 'import.report.invitationsReceived', invitations.received),
      }),
    );
  if (recommendations.given + recommendations.received)
    lines.push(
      t(lang, 'import.report.recommendations', {
        given: plural(lang, 'import.report.written', recommendations.given),
        received: plural(lang, 'import.report.recommendationsReceived', recommendations.received),
      }),
    );
  if (endorsements.given + endorsements.received)
    lines.push(
      t(lang, 'import.report.endorsements', {
        given: plural(lang, 'import.report.given', endorsements.given),
        received: plural(lang, 'import.report.endorsementsReceived', endorsements.received),
      }),
    );
  if (report.notes) lines.push(plural(lang, 'import.report.notes', report.notes));
  return lines;
}

function warningLines(lang: ReportLang, report: ImportReport): string[] {
  const lines: string[] = [];
  if (!report.self.identified) lines.push(t(lang, 'import.report.notIdentified'));
  for (const f of report.leftOutFiles)
    lines.push(t(lang, f.reason === 'row-too-large' ? 'import.report.fileLeftOut.rowTooLarge' : 'import.report.fileLeftOut.unknownHeader', { file: f.name }));
  for (const f of report.files) if (f.replacedCharacters) lines.push(plural(lang, 'import.report.replaced', f.replacedCharacters, { file: f.name }));
  if (report.ignoredFiles.length) lines.push(plural(lang, 'import.report.ignored', report.ignoredFiles.length));
  return lines;
}

/**
 * The end-of-import report as plain text lines, in the user's language: what came in, what was
 * already there, what was left out and why, and what the history leaves open (listed, never
 * reminded: history informs, it does not nag). Numbers and plurals as the language writes them.
 */
export function reportSections(report: ImportReport, lang: ReportLang): ReportSection[] {
  const sections: ReportSection[] = [{ id: 'summary', title: t(lang, report.dryRun ? 'import.report.preview' : 'import.report.title'), lines: summaryLines(lang, report) }];
  const already: string[] = [];
  if (report.alreadyPresent) already.push(plural(lang, 'import.report.alreadyPresent', report.alreadyPresent));
  if (report.liveDuplicates) already.push(plural(lang, 'import.report.liveDuplicates', report.liveDuplicates));
  if (already.length) sections.push({ id: 'already', title: t(lang, 'import.report.already.title'), lines: already });
  const left = LEFT_OUT.filter((k) => report.leftOut[k]).map((k) => plural(lang, LEFT_OUT_KEYS[k], report.leftOut[k]));
  if (left.length) sections.push({ id: 'left-out', title: t(lang, 'import.report.leftOut.title'), lines: left });
  const open = openItemLines(lang, report.openItems.recent, report.openItems.older, report.openItems.windowDays);
  if (open.length) sections.push({ id: 'open', title: t(lang, 'import.report.open.title'), lines: open });
  const warnings = warningLines(lang, report);
  if (warnings.length) sections.push({ id: 'warnings', title: t(lang, 'import.report.notes.title'), lines: warnings });
  return sections;
}
