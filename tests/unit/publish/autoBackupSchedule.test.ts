import { describe, expect, it } from 'vitest';
import { nextDueAfter, planAutoBackup, RETRY_MS, WEEK_MS } from '../../../utils/backup/autoBackupSchedule';
import type { AutoBackupConfig, AutoBackupState } from '../../../utils/backup/autoBackupTypes';

const NOW = Date.UTC(2026, 10, 25, 9);
const on: AutoBackupConfig = { enabled: true, keep: 4 };
const state = (s: Partial<AutoBackupState> = {}): AutoBackupState => ({ files: [], ...s });

describe('weekly backup schedule', () => {
  it('does nothing while backups are off, even if one is overdue or requested', () => {
    expect(planAutoBackup({ enabled: false, keep: 4, requestedAt: NOW }, state({ nextDueAt: NOW - WEEK_MS }), NOW)).toEqual({ kind: 'off' });
  });

  it('backs up at once when turned on for the first time', () => {
    expect(planAutoBackup({ ...on, requestedAt: NOW }, state(), NOW)).toEqual({ kind: 'run' });
    expect(planAutoBackup(on, state(), NOW)).toEqual({ kind: 'run' });
  });

  it('answers one request once: the next wake-up waits for the due time', () => {
    const answered = state({ handledRequestAt: NOW - 1000, nextDueAt: NOW + 3 * 864e5 });
    expect(planAutoBackup({ ...on, requestedAt: NOW - 1000 }, answered, NOW)).toEqual({ kind: 'wait', until: NOW + 3 * 864e5 });
    // "Back up now" again: a new request.
    expect(planAutoBackup({ ...on, requestedAt: NOW }, answered, NOW)).toEqual({ kind: 'run' });
  });

  it('a request time from a clock ahead of this one still runs only once', () => {
    const future = NOW + 10 * 864e5;
    expect(planAutoBackup({ ...on, requestedAt: future }, state({ handledRequestAt: future, nextDueAt: NOW + WEEK_MS }), NOW).kind).toBe('wait');
  });

  it('runs when the due time has passed, including after days asleep', () => {
    expect(planAutoBackup(on, state({ nextDueAt: NOW }), NOW)).toEqual({ kind: 'run' });
    expect(planAutoBackup(on, state({ nextDueAt: NOW - 30 * 864e5 }), NOW)).toEqual({ kind: 'run' });
  });

  it('never waits more than a week, whatever the stored due time says', () => {
    expect(planAutoBackup(on, state({ nextDueAt: NOW + 400 * 864e5 }), NOW)).toEqual({ kind: 'wait', until: NOW + WEEK_MS });
  });

  it('next backup a week after a success, a few hours after a failure', () => {
    expect(nextDueAfter('success', NOW)).toBe(NOW + WEEK_MS);
    expect(nextDueAfter('failure', NOW)).toBe(NOW + RETRY_MS);
    expect(RETRY_MS).toBeLessThan(864e5);
  });
});
