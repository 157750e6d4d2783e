import { describe, expect, it } from 'vitest';
import { createSaveQueue, type SaveOutcome } from '../../../components/options/saveQueue';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';

describe('save queue', () => {
  it('keeps both of two quick changes, though each save reads, merges and writes', async () => {
    let stored: Settings = structuredClone(DEFAULT_SETTINGS);
    const tick = () => new Promise((r) => setTimeout(r, 5));
    // Like saveSettings: read, wait (storage is async), write the merge.
    const save = async (patch: Partial<Settings>) => {
      const read = stored;
      await tick();
      stored = { ...read, ...patch };
    };
    const outcomes: SaveOutcome[] = [];
    const enqueue = createSaveQueue(save, (o) => outcomes.push(o));
    void enqueue({ notifications: false });
    await enqueue({ digestHour: 7 });
    expect(stored.notifications).toBe(false);
    expect(stored.digestHour).toBe(7);
    expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
  });

  it('reports a failed save and goes on with the next', async () => {
    const outcomes: SaveOutcome[] = [];
    let calls = 0;
    const enqueue = createSaveQueue(async () => {
      calls += 1;
      if (calls === 1) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }, (o) => outcomes.push(o));
    void enqueue({ digestHour: 1 });
    await enqueue({ digestHour: 2 });
    expect(outcomes).toEqual([{ ok: false, error: 'QUOTA_BYTES_PER_ITEM quota exceeded' }, { ok: true }]);
  });
});
