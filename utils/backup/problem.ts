import type * as v from 'valibot';

/** What is wrong with one field, in words the UI can translate. */
export interface FieldIssue {
  kind: 'type' | 'missing' | 'unknown-field' | 'too-long' | 'too-short' | 'too-small' | 'too-large' | 'not-integer' | 'value';
  expected?: string;
  received?: string;
  limit?: number;
}

/** Why a backup was refused (or could not be written). Codes, not sentences: see describeProblem. */
export type BackupProblem =
  | { code: 'too-large'; size: number; max: number }
  | { code: 'empty' | 'not-json' | 'truncated' | 'foreign' }
  | { code: 'format-newer' | 'schema-newer'; found: number; supported: number }
  | { code: 'bad-header'; field: string; issue: FieldIssue }
  | { code: 'no-upgrade'; found: number }
  | { code: 'upgrade-failed'; found: number; detail: string }
  | { code: 'missing-table' | 'unknown-table' | 'not-a-table'; table: string }
  | { code: 'bad-record'; table: string; index: number; field: string; issue: FieldIssue }
  | { code: 'duplicate-key'; table: string; field: string; value: string; first: number; second: number }
  | { code: 'dangling-reference'; table: string; index: number; field: string; value: string }
  | { code: 'write-failed' | 'read-failed'; detail: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

/** Values from the file are shown to the user: short, and only as text. */
export function clip(value: string, max = 80): string {
  const flat = value.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The field path of a valibot issue, below the record itself (`reachOverrides.job`). */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((p) => clip(String(p.key), 60)).join('.');
}

export function fieldIssue(issue: v.BaseIssue<unknown>): FieldIssue {
  const received = issue.received === undefined ? undefined : clip(issue.received, 60);
  const limit = typeof issue.requirement === 'number' ? issue.requirement : undefined;
  switch (issue.type) {
    case 'strict_object':
      if (issue.expected === 'never') return { kind: 'unknown-field' };
      if (issue.received === 'undefined') return { kind: 'missing' };
      return { kind: 'type', expected: 'object', received };
    case 'max_length':
      return { kind: 'too-long', limit, received };
    case 'min_length':
      return { kind: 'too-short', limit, received };
    case 'min_value':
      return { kind: 'too-small', limit, received };
    case 'max_value':
      return { kind: 'too-large', limit, received };
    case 'integer':
      return { kind: 'not-integer', received };
    case 'string':
    case 'number':
    case 'boolean':
    case 'array':
    case 'object':
    case 'record':
      return issue.received === 'undefined' ? { kind: 'missing' } : { kind: 'type', expected: clip(issue.expected ?? issue.type, 60), received };
    default:
      return { kind: 'value', received };
  }
}
