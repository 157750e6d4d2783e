import type { Settings } from '../../utils/model/settings';

export type SaveOutcome = { ok: true } | { ok: false; error: string };

/**
 * saveSettings reads, merges and writes: two changes made in quick succession (two checkboxes
 * ticked fast) must not race, or the second would write over the first. Saves run one after the
 * other, each reporting its outcome.
 */
export function createSaveQueue(save: (patch: Partial<Settings>) => Promise<unknown>, report: (outcome: SaveOutcome) => void) {
  let last: Promise<void> = Promise.resolve();
  return (patch: Partial<Settings>): Promise<void> => {
    last = last.then(
      () => save(patch).then(
        () => report({ ok: true }),
        (error: unknown) => report({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      ),
    );
    return last;
  };
}
