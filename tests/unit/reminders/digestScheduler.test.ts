import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { runDigestScheduler, type DigestState } from '../../../utils/reminders/digestScheduler';

function harness(start: number, settings: Settings = { ...DEFAULT_SETTINGS, quietDays: [] }) {
  let now = start;
  let state: DigestState | undefined;
  const fired: number[] = [];
  const alarms: number[] = [];
  const deps = {
    now: () => now,
    settings: async () => settings,
    readState: async () => state,
    writeState: async (s: DigestState) => {
      state = s;
    },
    wakeAt: async (t: number) => {
      alarms.push(t);
    },
    fire: async () => {
      fired.push(now);
    },
  };
  return { deps, fired, alarms, setNow: (t: number) => (now = t), state: () => state };
}

describe('digest scheduler: a missed reminder fires exactly once', () => {
  it('schedules the first digest without firing', async () => {
    const h = harness(Date.parse('2026-11-25T07:00:00'));
    await runDigestScheduler(h.deps);
    expect(h.fired).toEqual([]);
    expect(new Date(h.alarms[0]).getHours()).toBe(DEFAULT_SETTINGS.digestHour);
  });

  it('fires once when the browser was closed at digest time, even if woken twice', async () => {
    const h = harness(Date.parse('2026-11-25T07:00:00'));
    await runDigestScheduler(h.deps);
    h.setNow(Date.parse('2026-11-25T15:00:00')); // browser reopened after the digest hour
    await runDigestScheduler(h.deps); // onStartup
    await runDigestScheduler(h.deps); // and the stale alarm
    expect(h.fired).toHaveLength(1);
    expect(h.state()!.nextAt).toBeGreaterThan(Date.parse('2026-11-25T15:00:00'));
  });

  it('does not fire when notifications are off, but keeps the schedule', async () => {
    const h = harness(Date.parse('2026-11-25T07:00:00'), { ...DEFAULT_SETTINGS, quietDays: [], notifications: false });
    await runDigestScheduler(h.deps);
    h.setNow(Date.parse('2026-11-25T09:00:01'));
    await runDigestScheduler(h.deps);
    expect(h.fired).toEqual([]);
    expect(h.alarms).toHaveLength(2);
  });

  it('a settings change reschedules without firing', async () => {
    const h = harness(Date.parse('2026-11-25T07:00:00'));
    await runDigestScheduler(h.deps);
    h.setNow(Date.parse('2026-11-25T10:00:00'));
    await runDigestScheduler(h.deps, { settingsChanged: true });
    expect(h.fired).toEqual([]);
  });
});
