import { describe, expect, it } from 'vitest';
import { makeBackup } from '../../../utils/backup/makeBackup';
import { parseBackup } from '../../../utils/backup/parseBackup';
import type { BackupTables } from '../../../utils/backup/format';

const T = Date.UTC(2026, 0, 5);

/** What an import of LinkedIn's export can leave: a person named without a profile URL. */
const tables: BackupTables = {
  contacts: [{ id: 'linkedin:name/jane-doe', site: 'linkedin', name: 'Jane Doe', aliases: [], createdAt: T, updatedAt: T, possibleDuplicates: [] }],
  interactions: [
    { id: 1, key: 'import:linkedin:abc', contactId: 'linkedin:name/jane-doe', kind: 'message-received', at: T, text: 'Bonjour !', site: 'linkedin', source: 'import', surface: 'import' },
  ],
  introductions: [],
  nextSteps: [],
  recommendationsMade: [],
  dueStates: [],
} as unknown as BackupTables;

describe('backups of an imported history', () => {
  it('keep contacts the export named without a profile URL', () => {
    const parsed = parseBackup(JSON.stringify(makeBackup(tables, T)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value.tables.contacts.map((c) => c.id)).toEqual(['linkedin:name/jane-doe']);
  });

  it('still refuse ids of any other shape', () => {
    const bad = { ...tables, contacts: [{ ...tables.contacts[0], id: 'javascript:alert(1)' }], interactions: [] } as BackupTables;
    expect(parseBackup(JSON.stringify(makeBackup(bad, T))).ok).toBe(false);
  });
});
