import { describe, expect, it } from 'vitest';
import { clampKeep, filesToDelete } from '../../../utils/backup/autoBackupRetention';
import type { WrittenFile } from '../../../utils/backup/autoBackupTypes';

const DAY = 864e5;
const file = (id: number, day: number): WrittenFile => ({ id, fileName: `relais-backup-${day}.json`, at: day * DAY });

describe('which backup files are deleted', () => {
  it('keeps the newest N and deletes the rest, whatever order they were recorded in', () => {
    const files = [file(7, 14), file(3, 0), file(9, 21), file(5, 7), file(11, 28)];
    expect(filesToDelete(files, 3).map((f) => f.id).sort()).toEqual([3, 5]);
  });

  it('deletes nothing while there are no more files than N', () => {
    expect(filesToDelete([file(1, 0), file(2, 7)], 4)).toEqual([]);
    expect(filesToDelete([], 4)).toEqual([]);
  });

  it('never deletes the newest file, even with a keep count of 0, negative or not a number', () => {
    const files = [file(1, 0), file(2, 7), file(3, 14)];
    for (const keep of [0, -5, Number.NaN, Number.POSITIVE_INFINITY * -1]) {
      const doomed = filesToDelete(files, keep).map((f) => f.id);
      expect(doomed).not.toContain(3);
      expect(doomed).toHaveLength(2);
    }
  });

  it('only ever picks files from the list it is given (files Relais wrote)', () => {
    const files = [file(1, 0), file(2, 7), file(3, 14)];
    for (const f of filesToDelete(files, 1)) expect(files).toContain(f);
  });

  it('on equal dates keeps the one written later (higher download id)', () => {
    expect(filesToDelete([file(8, 3), file(4, 3)], 1).map((f) => f.id)).toEqual([4]);
  });

  it('clamps the keep count to 1–52', () => {
    expect([clampKeep(0), clampKeep(4), clampKeep(4.9), clampKeep(500), clampKeep('4'), clampKeep(undefined)]).toEqual([1, 4, 4, 52, 1, 1]);
  });
});
