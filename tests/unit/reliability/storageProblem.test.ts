import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LAST_STORAGE_ERROR_KEY, lastStorageErrorStore, parseStorageProblem, readLastStorageError } from '../../../utils/background/lastStorageError';
import { classifyStorageError, describeError, describeStorageProblem } from '../../../utils/db/storageProblem';

describe('what a storage error means for the user', () => {
  it.each<[string, unknown, string]>([
    ['a DOMException from IndexedDB', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['Dexie’s wrapper of it', new Dexie.QuotaExceededError('full'), 'quota'],
    ['a transaction aborted because of it', new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')), 'quota'],
    ['an upgrade that threw, seen by a query', new Dexie.OpenFailedError(new TypeError('upgrade bug')), 'upgrade-failed'],
    ['a newer database opened by older code', new Dexie.VersionError('too new'), 'upgrade-failed'],
    ['a database closed under the write', new Dexie.DatabaseClosedError('closed'), 'closed'],
    ['anything else', new Error('disk on fire'), 'unknown'],
    ['not even an error', 'oops', 'unknown'],
  ])('%s', (_label, error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
    expect(describeError(error)).not.toMatch(/\n/);
  });

  it('speaks both languages and counts the captures kept', () => {
    const problem = { kind: 'quota' as const, at: 1, detail: 'QuotaExceededError', captureIds: ['a', 'b'] };
    expect(describeStorageProblem('en', problem)).toContain('2 capture(s) are kept');
    expect(describeStorageProblem('fr', problem)).toContain('2 envoi(s) sont conservés');
    expect(describeStorageProblem('fr', { ...problem, kind: 'unknown', detail: '<b>x</b>' })).toContain('(<b>x</b>)');
  });
});

describe('the last storage error kept for the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gathers the captures of concurrent failures and goes away once each is written', async () => {
    const store = lastStorageErrorStore(fakeBrowser.storage.session);
    await Promise.all(['a', 'b', 'c'].map((id, i) => store.report({ kind: 'quota', at: i, detail: 'full', captureIds: [id] })));
    expect((await readLastStorageError(fakeBrowser.storage.session))?.captureIds?.sort()).toEqual(['a', 'b', 'c']);
    await Promise.all([store.resolved('a'), store.resolved('c')]);
    expect((await readLastStorageError(fakeBrowser.storage.session))?.captureIds).toEqual(['b']);
    await store.resolved('b');
    expect(await fakeBrowser.storage.session.get(LAST_STORAGE_ERROR_KEY)).toEqual({});
  });

  it('ignores a record that is not one (a corrupted or foreign value)', () => {
    for (const bad of [null, 'quota', { kind: 'full', at: 1, detail: '' }, { kind: 'quota', at: '1', detail: '' }, { kind: 'quota', at: 1 }])
      expect(parseStorageProblem(bad)).toBeUndefined();
    expect(parseStorageProblem({ kind: 'blocked', at: 1, detail: 'x', captureIds: ['a', 3] })).toEqual({ kind: 'blocked', at: 1, detail: 'x', captureIds: ['a'] });
  });
});
