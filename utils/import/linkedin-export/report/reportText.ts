import type { OpenItemCounts, ImportReport } from './report';

export type ReportLang = 'en' | 'fr';

export interface ReportSection {
  id: 'summary' | 'already' | 'left-out' | 'recent' | 'older' | 'warnings';
  title: string;
  lines: string[];
}

/** "1 draft" / "3 drafts"; French keeps the singular for 0 and 1. */
function n(lang: ReportLang, count: number, one: string, many: string): string {
  const plural = lang === 'fr' ? count > 1 : count !== 1;
  return `${count.toLocaleString(lang)} ${plural ? many : one}`;
}

function day(lang: ReportLang, at: number): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' }).format(at);
}

function openItemLines(lang: ReportLang, items: OpenItemCounts): string[] {
  const en = lang === 'en';
  const out: string[] = [];
  if (items.unanswered)
    out.push(en ? n(lang, items.unanswered, 'conversation whose last message is theirs', 'conversations whose last message is theirs') : n(lang, items.unanswered, 'conversation dont le dernier message est le leur', 'conversations dont le dernier message est le leur'));
  if (items.pendingInvitations)
    out.push(en ? n(lang, items.pendingInvitations, 'invitation waiting for your answer', 'invitations waiting for your answer') : n(lang, items.pendingInvitations, 'invitation en attente de votre réponse', 'invitations en attente de votre réponse'));
  if (items.recommendationOutcomes)
    out.push(en ? n(lang, items.recommendationOutcomes, 'recommendation you wrote, outcome unknown', 'recommendations you wrote, outcome unknown') : n(lang, items.recommendationOutcomes, 'recommandation écrite, issue inconnue', 'recommandations écrites, issue inconnue'));
  return out;
}

/**
 * The end-of-import report as plain text lines, in the user's language: what came in, what was
 * already there, what was left out and why, and what is recent enough to be reminded of.
 */
export function reportSections(report: ImportReport, lang: ReportLang): ReportSection[] {
  const en = lang === 'en';
  const sections: ReportSection[] = [];
  const summary: string[] = [];
  if (report.period)
    summary.push(en ? `History from ${day(lang, report.period.from)} to ${day(lang, report.period.to)}.` : `Historique du ${day(lang, report.period.from)} au ${day(lang, report.period.to)}.`);
  summary.push(
    en
      ? `Contacts: ${report.contacts.created.toLocaleString(lang)} new, ${report.contacts.updated.toLocaleString(lang)} updated (${n(lang, report.connections, 'connection', 'connections')} read).`
      : `Contacts : ${report.contacts.created.toLocaleString(lang)} nouveaux, ${report.contacts.updated.toLocaleString(lang)} mis à jour (${n(lang, report.connections, 'relation lue', 'relations lues')}).`,
  );
  summary.push(
    en
      ? `Messages: ${report.messages.sent.toLocaleString(lang)} sent, ${report.messages.received.toLocaleString(lang)} received.`
      : `Messages : ${n(lang, report.messages.sent, 'envoyé', 'envoyés')}, ${n(lang, report.messages.received, 'reçu', 'reçus')}.`,
  );
  summary.push(
    en
      ? `Invitations: ${report.invitations.sent.toLocaleString(lang)} sent, ${report.invitations.received.toLocaleString(lang)} received.`
      : `Invitations : ${n(lang, report.invitations.sent, 'envoyée', 'envoyées')}, ${n(lang, report.invitations.received, 'reçue', 'reçues')}.`,
  );
  summary.push(
    en
      ? `Recommendations: ${report.recommendations.given.toLocaleString(lang)} written, ${report.recommendations.received.toLocaleString(lang)} received.`
      : `Recommandations : ${n(lang, report.recommendations.given, 'écrite', 'écrites')}, ${n(lang, report.recommendations.received, 'reçue', 'reçues')}.`,
  );
  summary.push(
    en
      ? `Endorsements: ${report.endorsements.given.toLocaleString(lang)} given, ${report.endorsements.received.toLocaleString(lang)} received.`
      : `Validations de compétences : ${n(lang, report.endorsements.given, 'donnée', 'données')}, ${n(lang, report.endorsements.received, 'reçue', 'reçues')}.`,
  );
  if (report.notes) summary.push(en ? `${n(lang, report.notes, 'note', 'notes')} added to contacts.` : `${n(lang, report.notes, 'note ajoutée', 'notes ajoutées')} aux contacts.`);
  sections.push({ id: 'summary', title: report.dryRun ? (en ? 'Preview (nothing saved)' : 'Aperçu (rien enregistré)') : en ? 'Imported' : 'Importé', lines: summary });

  const already: string[] = [];
  if (report.alreadyPresent)
    already.push(en ? `${n(lang, report.alreadyPresent, 'item was', 'items were')} already in Relais from an earlier import.` : `${n(lang, report.alreadyPresent, 'élément était', 'éléments étaient')} déjà dans Relais (import précédent).`);
  if (report.liveDuplicates)
    already.push(en ? `${n(lang, report.liveDuplicates, 'message was', 'messages were')} already captured while you used LinkedIn.` : `${n(lang, report.liveDuplicates, 'message était', 'messages étaient')} déjà enregistrés pendant votre navigation.`);
  if (already.length) sections.push({ id: 'already', title: en ? 'Already there' : 'Déjà présent', lines: already });

  const l = report.leftOut;
  const left: string[] = [];
  const push = (count: number, enOne: string, enMany: string, frOne: string, frMany: string) => {
    if (count) left.push(en ? n(lang, count, enOne, enMany) : n(lang, count, frOne, frMany));
  };
  push(l.drafts, 'draft (never sent)', 'drafts (never sent)', 'brouillon (jamais envoyé)', 'brouillons (jamais envoyés)');
  push(l.spam, 'message in the spam folder', 'messages in the spam folder', 'message du dossier spam', 'messages du dossier spam');
  push(l.sponsored, 'sponsored message', 'sponsored messages', 'message sponsorisé', 'messages sponsorisés');
  push(l.linkedInMember, 'message from “LinkedIn Member” (deleted or hidden account)', 'messages from “LinkedIn Member” (deleted or hidden accounts)', 'message de « LinkedIn Member » (compte supprimé ou masqué)', 'messages de « LinkedIn Member » (comptes supprimés ou masqués)');
  push(l.withoutProfile, 'message from a sender without a profile', 'messages from senders without a profile', 'message d’un expéditeur sans profil', 'messages d’expéditeurs sans profil');
  push(l.messagesWithoutSelf, 'message whose sender could not be told apart from you', 'messages whose sender could not be told apart from you', 'message dont on ne sait pas s’il est de vous', 'messages dont on ne sait pas s’ils sont de vous');
  push(l.hiddenProfiles, 'connection with a hidden profile', 'connections with a hidden profile', 'relation au profil masqué', 'relations au profil masqué');
  push(l.undated, 'row with an unreadable date', 'rows with an unreadable date', 'ligne à la date illisible', 'lignes à la date illisible');
  push(l.unattributedRecommendations, 'recommendations file whose name does not say given or received', 'recommendations files whose names do not say given or received', 'fichier de recommandations dont le nom ne dit pas données ou reçues', 'fichiers de recommandations dont le nom ne dit pas données ou reçues');
  push(l.unmatchedNames, 'name without a profile link that matched nobody (kept as a contact to merge)', 'names without a profile link that matched nobody (kept as contacts to merge)', 'nom sans lien de profil qui ne correspond à personne (gardé comme contact à fusionner)', 'noms sans lien de profil qui ne correspondent à personne (gardés comme contacts à fusionner)');
  push(l.namelessProfiles, 'profile no file gives a name to (no contact made)', 'profiles no file gives a name to (no contact made)', 'profil sans nom dans aucun fichier (aucun contact créé)', 'profils sans nom dans aucun fichier (aucun contact créé)');
  push(l.ambiguousNames, 'name shared by several people (kept as a contact to merge)', 'names shared by several people (kept as contacts to merge)', 'nom porté par plusieurs personnes (gardé comme contact à fusionner)', 'noms portés par plusieurs personnes (gardés comme contacts à fusionner)');
  if (left.length) sections.push({ id: 'left-out', title: en ? 'Left out' : 'Laissé de côté', lines: left });

  const days = report.openItems.windowDays;
  const recent = openItemLines(lang, report.openItems.recent);
  if (recent.length)
    sections.push({ id: 'recent', title: en ? `Recent (last ${days} days): may become reminders` : `Récent (${days} derniers jours) : peut donner des rappels`, lines: recent });
  const older = openItemLines(lang, report.openItems.older);
  if (older.length) sections.push({ id: 'older', title: en ? 'Older: listed, never notified' : 'Plus ancien : listé, jamais notifié', lines: older });

  const warnings: string[] = [];
  if (!report.self.identified)
    warnings.push(
      en
        ? 'Relais could not tell which messages are yours: include Profile.csv (or Invitations.csv) from the same archive.'
        : 'Relais n’a pas pu distinguer vos messages : ajoutez Profile.csv (ou Invitations.csv) de la même archive.',
    );
  for (const f of report.leftOutFiles)
    warnings.push(
      f.reason === 'row-too-large'
        ? en
          ? `${f.name} was left out: it holds a row of more than 1 MB, so it is damaged. The other files were imported.`
          : `${f.name} a été laissé de côté : il contient une ligne de plus de 1 Mo, il est donc endommagé. Les autres fichiers ont été importés.`
        : en
          ? `${f.name} was left out: its columns are not a layout of this file that Relais knows. The other files were imported.`
          : `${f.name} a été laissé de côté : ses colonnes ne correspondent à aucune version de ce fichier que Relais connaisse. Les autres fichiers ont été importés.`,
    );
  for (const f of report.files)
    if (f.replacedCharacters)
      warnings.push(
        en
          ? `${f.name}: ${n(lang, f.replacedCharacters, 'character was', 'characters were')} unreadable and show${f.replacedCharacters === 1 ? 's' : ''} as “�”; the rest of the file was read normally.`
          : `${f.name} : ${n(lang, f.replacedCharacters, 'caractère illisible apparaît', 'caractères illisibles apparaissent')} comme « � » ; le reste du fichier a été lu normalement.`,
      );
  if (report.ignoredFiles.length)
    warnings.push(en ? `${n(lang, report.ignoredFiles.length, 'other file', 'other files')} of the archive ignored.` : `${n(lang, report.ignoredFiles.length, 'autre fichier', 'autres fichiers')} de l’archive ignorés.`);
  if (warnings.length) sections.push({ id: 'warnings', title: en ? 'Notes' : 'Remarques', lines: warnings });
  return sections;
}
