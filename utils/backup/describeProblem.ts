import { t, type MessageKey, type UiLang } from '../i18n';
import type { BackupProblem, FieldIssue } from './problem';

const megabytes = (lang: UiLang, bytes: number) =>
  t(lang, 'backup.unit.mb', { n: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)) });

export function describeIssue(lang: UiLang, issue: FieldIssue): string {
  return t(lang, `backup.issue.${issue.kind}` as MessageKey, {
    expected: issue.expected ?? '?',
    received: issue.received ?? '?',
    limit: issue.limit ?? '?',
  });
}

/** The refusal in the user's language: what is wrong, and where. Always a sentence, never empty. */
export function describeProblem(lang: UiLang, p: BackupProblem): string {
  switch (p.code) {
    case 'too-large':
      return t(lang, 'backup.problem.too-large', { size: megabytes(lang, p.size), max: megabytes(lang, p.max) });
    case 'format-newer':
    case 'schema-newer':
    case 'no-upgrade':
      return t(lang, `backup.problem.${p.code}`, { found: p.found, supported: 'supported' in p ? p.supported : '' });
    case 'upgrade-failed':
      return t(lang, 'backup.problem.upgrade-failed', { found: p.found, detail: p.detail });
    case 'bad-header':
      return t(lang, 'backup.problem.bad-header', { field: p.field, issue: describeIssue(lang, p.issue) });
    case 'missing-table':
    case 'unknown-table':
    case 'not-a-table':
      return t(lang, `backup.problem.${p.code}`, { table: p.table });
    case 'bad-record':
      return t(lang, 'backup.problem.bad-record', {
        table: p.table,
        n: p.index + 1,
        field: p.field || t(lang, 'backup.problem.theRecord'),
        issue: describeIssue(lang, p.issue),
      });
    case 'duplicate-key':
      return t(lang, 'backup.problem.duplicate-key', { table: p.table, field: p.field, value: p.value, first: p.first + 1, second: p.second + 1 });
    case 'dangling-reference':
      return t(lang, 'backup.problem.dangling-reference', { table: p.table, n: p.index + 1, field: p.field, value: p.value });
    case 'write-failed':
    case 'read-failed':
      return t(lang, `backup.problem.${p.code}`, { detail: p.detail });
    default:
      return t(lang, `backup.problem.${p.code}`);
  }
}
